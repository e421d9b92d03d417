using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NguyenTrai.DigitalLiteracy.Data.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class HardeningOpsConcurrencyTokens : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // SQL Server fills a new rowversion column for existing rows itself (and allows no default on it).
            migrationBuilder.AddColumn<byte[]>(
                name: "RowVersion",
                table: "WardSettings",
                type: "rowversion",
                rowVersion: true,
                nullable: false);

            migrationBuilder.AddColumn<byte[]>(
                name: "RowVersion",
                table: "Campaigns",
                type: "rowversion",
                rowVersion: true,
                nullable: false);
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
