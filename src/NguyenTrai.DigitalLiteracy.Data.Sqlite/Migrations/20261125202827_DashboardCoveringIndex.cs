using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NguyenTrai.DigitalLiteracy.Data.Sqlite.Migrations
{
    /// <summary>
    /// A covering index for the dashboard aggregates (DashboardQuery, CountedEntries): the counted-entries join seeks
    /// (ReportingMonth, UnitId) and the sums read only the columns below, so no row of the wide Entries table is read.
    /// Migration-only: EF cannot declare on the base type Entry an index over columns of the derived entry types
    /// (Channel, Quantity, ParticipantsTotal...), so the model (and its snapshot) do not know this index.
    /// </summary>
    public partial class DashboardCoveringIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // SQLite has no INCLUDE: the summed columns are appended to the key, which makes the index covering.
            migrationBuilder.CreateIndex(
                name: "IX_Entries_Dashboard",
                table: "Entries",
                columns: new[] { "ReportingMonth", "UnitId", "IsDeleted", "EntryType", "Channel", "Status", "Quantity", "EstimatedReach", "ParticipantsTotal", "ParticipantsWomen", "ParticipantsAged60Plus", "AccountsCreated", "Completions", "Reach", "Date" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(name: "IX_Entries_Dashboard", table: "Entries");
        }
    }
}
