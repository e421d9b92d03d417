using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NguyenTrai.DigitalLiteracy.Data.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class OneTruthFigures : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "SubmittedLate",
                table: "UnitReports");

            migrationBuilder.AddColumn<bool>(
                name: "SubmitsReports",
                table: "Units",
                type: "bit",
                nullable: false,
                defaultValue: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "FirstSubmittedAtUtc",
                table: "UnitReports",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "RequiresUnitReports",
                table: "ReportingPeriods",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "TextSnapshotJson",
                table: "IssuedReports",
                type: "nvarchar(max)",
                nullable: true);

            migrationBuilder.AddColumn<byte[]>(
                name: "Xlsx",
                table: "IssuedReports",
                type: "varbinary(max)",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "XlsxSha256",
                table: "IssuedReports",
                type: "nvarchar(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "FiguresSeenAtUtc",
                table: "ConsolidatedReports",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "FiguresSeenJson",
                table: "ConsolidatedReports",
                type: "nvarchar(max)",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SectionLimitations",
                table: "ConsolidatedReports",
                type: "nvarchar(max)",
                maxLength: 20000,
                nullable: true);

            // Carry existing rows forward: the first submission decides on time / late (it was a flag set on each
            // submission, so a late resubmission could mark an on-time report late); units reported monthly; the
            // consolidating office (code VHXH, hard-coded before) does not report. Frozen figures of reports approved
            // before this release are computed at start-up by FrozenFiguresBackfill, with the same rule as approval.
            migrationBuilder.Sql("UPDATE UnitReports SET FirstSubmittedAtUtc = (SELECT MIN(t.AtUtc) FROM UnitReportTransitions t WHERE t.UnitReportId = UnitReports.Id AND t.ToStatus = 2) WHERE SubmittedAtUtc IS NOT NULL;");
            migrationBuilder.Sql("UPDATE UnitReports SET FirstSubmittedAtUtc = SubmittedAtUtc WHERE FirstSubmittedAtUtc IS NULL AND SubmittedAtUtc IS NOT NULL;");
            migrationBuilder.Sql("UPDATE ReportingPeriods SET RequiresUnitReports = 1 WHERE Kind = 1;");
            migrationBuilder.Sql("UPDATE Units SET SubmitsReports = 0 WHERE Code = 'VHXH';");

            migrationBuilder.CreateTable(
                name: "ApprovedFigures",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    UnitReportId = table.Column<int>(type: "int", nullable: false),
                    UnitId = table.Column<int>(type: "int", nullable: false),
                    ReportingMonth = table.Column<int>(type: "int", nullable: false),
                    Key = table.Column<string>(type: "varchar(64)", unicode: false, maxLength: 64, nullable: false),
                    Value = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ApprovedFigures", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ApprovedFigures_UnitReports_UnitReportId",
                        column: x => x.UnitReportId,
                        principalTable: "UnitReports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ApprovedFigures_ReportingMonth_Key_UnitId_Value",
                table: "ApprovedFigures",
                columns: new[] { "ReportingMonth", "Key", "UnitId", "Value" });

            migrationBuilder.CreateIndex(
                name: "IX_ApprovedFigures_UnitReportId_Key",
                table: "ApprovedFigures",
                columns: new[] { "UnitReportId", "Key" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ApprovedFigures");

            migrationBuilder.DropColumn(
                name: "SubmitsReports",
                table: "Units");

            migrationBuilder.DropColumn(
                name: "FirstSubmittedAtUtc",
                table: "UnitReports");

            migrationBuilder.DropColumn(
                name: "RequiresUnitReports",
                table: "ReportingPeriods");

            migrationBuilder.DropColumn(
                name: "TextSnapshotJson",
                table: "IssuedReports");

            migrationBuilder.DropColumn(
                name: "Xlsx",
                table: "IssuedReports");

            migrationBuilder.DropColumn(
                name: "XlsxSha256",
                table: "IssuedReports");

            migrationBuilder.DropColumn(
                name: "FiguresSeenAtUtc",
                table: "ConsolidatedReports");

            migrationBuilder.DropColumn(
                name: "FiguresSeenJson",
                table: "ConsolidatedReports");

            migrationBuilder.DropColumn(
                name: "SectionLimitations",
                table: "ConsolidatedReports");

            migrationBuilder.AddColumn<bool>(
                name: "SubmittedLate",
                table: "UnitReports",
                type: "bit",
                nullable: false,
                defaultValue: false);
        }
    }
}
