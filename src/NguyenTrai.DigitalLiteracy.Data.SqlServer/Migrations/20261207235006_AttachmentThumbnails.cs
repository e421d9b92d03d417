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
            // Existing attachments keep NULL: an image's thumbnail is made on its first view from the stored bytes
            // (EvidenceService.MakeMissingThumbnailAsync) rather than here, where no image code can run; no figure involved.
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
