using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NguyenTrai.DigitalLiteracy.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class HardeningOpsConcurrencyTokens : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<byte[]>(
                name: "RowVersion",
                table: "WardSettings",
                type: "BLOB",
                nullable: false,
                defaultValue: new byte[0]);

            migrationBuilder.AddColumn<byte[]>(
                name: "RowVersion",
                table: "Campaigns",
                type: "BLOB",
                nullable: false,
                defaultValue: new byte[0]);

            // Existing rows get a real version: an empty one would never match a posted form.
            migrationBuilder.Sql("UPDATE \"Campaigns\" SET \"RowVersion\" = randomblob(16);");
            migrationBuilder.Sql("UPDATE \"WardSettings\" SET \"RowVersion\" = randomblob(16);");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "RowVersion",
                table: "WardSettings");

            migrationBuilder.DropColumn(
                name: "RowVersion",
                table: "Campaigns");
        }
    }
}
