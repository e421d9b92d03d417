using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NguyenTrai.DigitalLiteracy.Data.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class ReportMovements : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ConsolidatedReportCampaigns",
                columns: table => new
                {
                    CampaignsId = table.Column<int>(type: "int", nullable: false),
                    ConsolidatedReportId = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConsolidatedReportCampaigns", x => new { x.CampaignsId, x.ConsolidatedReportId });
                    table.ForeignKey(
                        name: "FK_ConsolidatedReportCampaigns_Campaigns_CampaignsId",
                        column: x => x.CampaignsId,
                        principalTable: "Campaigns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ConsolidatedReportCampaigns_ConsolidatedReports_ConsolidatedReportId",
                        column: x => x.ConsolidatedReportId,
                        principalTable: "ConsolidatedReports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ConsolidatedReportCampaigns_ConsolidatedReportId",
                table: "ConsolidatedReportCampaigns",
                column: "ConsolidatedReportId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ConsolidatedReportCampaigns");
        }
    }
}
