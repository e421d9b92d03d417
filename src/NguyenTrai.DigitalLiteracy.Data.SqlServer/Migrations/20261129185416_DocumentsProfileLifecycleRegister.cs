using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NguyenTrai.DigitalLiteracy.Data.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class DocumentsProfileLifecycleRegister : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_IssuedReports_ConsolidatedReportId_Version",
                table: "IssuedReports");

            migrationBuilder.AddColumn<string>(
                name: "DocumentSymbol",
                table: "Units",
                type: "nvarchar(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "HeadName",
                table: "Units",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "HeadPosition",
                table: "Units",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "IssuerName",
                table: "IssuedReports",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Kind",
                table: "IssuedReports",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "SignedWith",
                table: "IssuedReports",
                type: "nvarchar(300)",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Subject",
                table: "IssuedReports",
                type: "nvarchar(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Symbol",
                table: "IssuedReports",
                type: "nvarchar(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "VerificationCode",
                table: "IssuedReports",
                type: "varchar(20)",
                unicode: false,
                maxLength: 20,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "ApprovedFigures",
                table: "ConsolidatedReports",
                type: "nvarchar(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "IncludeSessionList",
                table: "ConsolidatedReports",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "LeadershipComment",
                table: "ConsolidatedReports",
                type: "nvarchar(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ReviewedAtUtc",
                table: "ConsolidatedReports",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReviewedById",
                table: "ConsolidatedReports",
                type: "nvarchar(450)",
                maxLength: 450,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReviewedByName",
                table: "ConsolidatedReports",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "SentAtUtc",
                table: "ConsolidatedReports",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SentById",
                table: "ConsolidatedReports",
                type: "nvarchar(450)",
                maxLength: 450,
                nullable: true);

            // Backfill (issue 10), before the unique indexes are built:
            // - issued versions were all reports; their number "7/BC-VHXH" is split into its symbol (Year and Sequence were
            //   stored already); they keep their trích yếu and get a random verification code (16 hex characters, all in
            //   the code alphabet) so their public page works; their PDFs stay as issued (no QR code on them).
            // - a number the old private counter gave twice (two issues at the same moment) keeps its place in the register
            //   for the first version; the later ones keep their printed number but leave the unique key (negative
            //   Sequence), for the office to review.
            // - units get their code as document symbol and a placeholder position until the administrator enters the head.
            // - the profile row itself is seeded at start-up by ReferenceDataSeeder when missing (new or upgraded database).
            migrationBuilder.Sql("UPDATE IssuedReports SET Kind = 1;");
            migrationBuilder.Sql("UPDATE IssuedReports SET Symbol = SUBSTRING(Number, CHARINDEX('/', Number) + 1, 20) WHERE CHARINDEX('/', Number) > 0;");
            migrationBuilder.Sql("UPDATE i SET Subject = c.Subject FROM IssuedReports i JOIN ConsolidatedReports c ON c.Id = i.ConsolidatedReportId;");
            migrationBuilder.Sql("UPDATE IssuedReports SET VerificationCode = CONVERT(varchar(16), CRYPT_GEN_RANDOM(8, CAST(NEWID() AS varbinary(16))), 2);");
            migrationBuilder.Sql("UPDATE i SET Sequence = -i.Id FROM IssuedReports i WHERE EXISTS (SELECT 1 FROM IssuedReports o WHERE o.Year = i.Year AND o.Symbol = i.Symbol AND o.Sequence = i.Sequence AND o.Id < i.Id);");
            migrationBuilder.Sql("UPDATE Units SET DocumentSymbol = Code;");
            migrationBuilder.Sql("UPDATE Units SET HeadPosition = N'Thủ trưởng đơn vị' WHERE HeadPosition IS NULL;");

            migrationBuilder.CreateTable(
                name: "WardProfiles",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false),
                    CommuneName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    ParentName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    PlaceName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    PortalTitle = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    ParentCommitteeName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    CommitteeName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    CommitteeAbbreviation = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    CommitteeSymbol = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    OfficeName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    OfficeAbbreviation = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    OfficeSymbol = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    CitySignerName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    CitySignerPosition = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    CityAuthorityLines = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    CityRecipients = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    WardSignerName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    WardSignerPosition = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    WardAuthorityLines = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    WardRecipients = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    DirectingLetter = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    UpdatedByName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    RowVersion = table.Column<byte[]>(type: "rowversion", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WardProfiles", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_IssuedReports_ConsolidatedReportId_Kind_Version",
                table: "IssuedReports",
                columns: new[] { "ConsolidatedReportId", "Kind", "Version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_IssuedReports_VerificationCode",
                table: "IssuedReports",
                column: "VerificationCode",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_IssuedReports_Year_Symbol_Sequence",
                table: "IssuedReports",
                columns: new[] { "Year", "Symbol", "Sequence" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "WardProfiles");

            migrationBuilder.DropIndex(
                name: "IX_IssuedReports_ConsolidatedReportId_Kind_Version",
                table: "IssuedReports");

            migrationBuilder.DropIndex(
                name: "IX_IssuedReports_VerificationCode",
                table: "IssuedReports");

            migrationBuilder.DropIndex(
                name: "IX_IssuedReports_Year_Symbol_Sequence",
                table: "IssuedReports");

            migrationBuilder.DropColumn(
                name: "DocumentSymbol",
                table: "Units");

            migrationBuilder.DropColumn(
                name: "HeadName",
                table: "Units");

            migrationBuilder.DropColumn(
                name: "HeadPosition",
                table: "Units");

            migrationBuilder.DropColumn(
                name: "IssuerName",
                table: "IssuedReports");

            migrationBuilder.DropColumn(
                name: "Kind",
                table: "IssuedReports");

            migrationBuilder.DropColumn(
                name: "SignedWith",
                table: "IssuedReports");

            migrationBuilder.DropColumn(
                name: "Subject",
                table: "IssuedReports");

            migrationBuilder.DropColumn(
                name: "Symbol",
                table: "IssuedReports");

            migrationBuilder.DropColumn(
                name: "VerificationCode",
                table: "IssuedReports");

            migrationBuilder.DropColumn(
                name: "ApprovedFigures",
                table: "ConsolidatedReports");

            migrationBuilder.DropColumn(
                name: "IncludeSessionList",
                table: "ConsolidatedReports");

            migrationBuilder.DropColumn(
                name: "LeadershipComment",
                table: "ConsolidatedReports");

            migrationBuilder.DropColumn(
                name: "ReviewedAtUtc",
                table: "ConsolidatedReports");

            migrationBuilder.DropColumn(
                name: "ReviewedById",
                table: "ConsolidatedReports");

            migrationBuilder.DropColumn(
                name: "ReviewedByName",
                table: "ConsolidatedReports");

            migrationBuilder.DropColumn(
                name: "SentAtUtc",
                table: "ConsolidatedReports");

            migrationBuilder.DropColumn(
                name: "SentById",
                table: "ConsolidatedReports");

            migrationBuilder.CreateIndex(
                name: "IX_IssuedReports_ConsolidatedReportId_Version",
                table: "IssuedReports",
                columns: new[] { "ConsolidatedReportId", "Version" },
                unique: true);
        }
    }
}
