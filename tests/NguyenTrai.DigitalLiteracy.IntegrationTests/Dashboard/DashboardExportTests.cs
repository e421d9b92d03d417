using System.Net;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using NguyenTrai.DigitalLiteracy.Domain.Periods;
using NguyenTrai.DigitalLiteracy.TestSupport;

namespace NguyenTrai.DigitalLiteracy.IntegrationTests.Dashboard;

public sealed class DashboardExportTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Export_cells_equal_the_page_figures_for_the_same_filters()
    {
        var half = await factory.WithDbAsync(db => db.ReportingPeriods.SingleAsync(p => p.Kind == PeriodKind.HalfYear && p.Year == 2026));
        using var client = await factory.SignInAsync("vhxh");
        var query = $"?PeriodId={half.Id}&UnitKind=MassOrganisation";
        var page = await client.GetPageAsync("/tong-quan" + query);
        Assert.Equal("/tong-quan/xuat-excel" + query, page.QuerySelector("[data-testid=export-link]")!.GetAttribute("href"));

        var response = await client.GetAsync("/tong-quan/xuat-excel" + query);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        using var xlsx = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal(["Tổng hợp", "Tuyên truyền", "Trực tuyến, trực tiếp", "Nền tảng", "Đối tượng", "Sáng kiến", "Đơn vị", "Theo tháng", "Nộp báo cáo", "Chỉ tiêu"], MiniExcel.GetSheetNames(xlsx));

        var summary = Rows(xlsx, "Tổng hợp");
        var cards = page.QuerySelectorAll("[data-figure] .stat-value").Select(e => int.Parse(e.GetAttribute("data-value")!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(cards, summary.Select(r => Convert.ToInt32(r["Giá trị"], System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Contains(summary, r => (string)r["Chỉ số"]! == "Lượt người được hướng dẫn");

        var units = Rows(xlsx, "Đơn vị");
        var tableUnits = page.QuerySelectorAll("tr[data-unit]").ToList();
        Assert.NotEmpty(tableUnits);
        Assert.Equal(tableUnits.Count, units.Count);
        for (var i = 0; i < units.Count; i++)
        {
            Assert.Equal(tableUnits[i].QuerySelector("th")!.TextContent.Trim(), units[i]["Đơn vị"]);
            Assert.Equal(ParseVi(tableUnits[i].QuerySelectorAll("td")[1].TextContent), Convert.ToInt32(units[i]["Lượt người tham gia"], System.Globalization.CultureInfo.InvariantCulture));
        }

        var channels = Rows(xlsx, "Tuyên truyền");
        var channelRows = page.QuerySelectorAll("tr[data-channel]").ToList();
        for (var i = 0; i < channels.Count; i++)
        {
            Assert.Equal(ParseVi(channelRows[i].QuerySelectorAll("td")[2].TextContent), Convert.ToInt32(channels[i]["Lượt tiếp cận"], System.Globalization.CultureInfo.InvariantCulture));
        }

        var compliance = Rows(xlsx, "Nộp báo cáo").Single();
        Assert.Equal(page.Number("[data-compliance=approved]"), Convert.ToInt32(compliance["Đã phê duyệt"], System.Globalization.CultureInfo.InvariantCulture));
    }

    private static List<IDictionary<string, object?>> Rows(Stream xlsx, string sheet)
    {
        xlsx.Position = 0;
        return [.. MiniExcel.Query(xlsx, useHeaderRow: true, sheetName: sheet).Cast<IDictionary<string, object?>>()];
    }

    private static int ParseVi(string text) => int.Parse(text.Trim().Replace(".", "", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture);
}
