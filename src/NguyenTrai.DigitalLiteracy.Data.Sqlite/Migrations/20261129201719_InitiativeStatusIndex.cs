using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NguyenTrai.DigitalLiteracy.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class InitiativeStatusIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Entries_ReportingMonth_UnitId_EntryType_IsDeleted_Status",
                table: "Entries",
                columns: new[] { "ReportingMonth", "UnitId", "EntryType", "IsDeleted", "Status" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Entries_ReportingMonth_UnitId_EntryType_IsDeleted_Status",
                table: "Entries");
        }
    }
}
