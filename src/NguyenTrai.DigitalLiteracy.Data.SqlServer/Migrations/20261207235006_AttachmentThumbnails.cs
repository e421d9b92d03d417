using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NguyenTrai.DigitalLiteracy.Data.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class AttachmentThumbnails : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Existing attachments keep NULL on purpose: their pages show the stored image itself, exactly as before;
            // only images uploaded from now on get a thumbnail (nothing to backfill, no figure involved).
            migrationBuilder.AddColumn<string>(
                name: "ThumbnailKey",
                table: "Attachments",
                type: "nvarchar(100)",
                maxLength: 100,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ThumbnailKey",
                table: "Attachments");
        }
    }
}
