using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NguyenTrai.DigitalLiteracy.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class UxStaffParticipantsAdults : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Existing sessions keep NULL on purpose: nobody recorded their adults, and the coverage KPI shows their
            // participants as "chưa rõ độ tuổi" instead of guessing 0 or all of them. Approved reports are re-frozen
            // with the new keys at start-up (FigureKeys.Version 3, FrozenFiguresBackfill).
            migrationBuilder.AddColumn<int>(
                name: "ParticipantsAdults",
                table: "Entries",
                type: "INTEGER",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ParticipantsAdults",
                table: "Entries");
        }
    }
}
