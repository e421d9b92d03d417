using System.Net;
using Microsoft.EntityFrameworkCore;
using NguyenTrai.DigitalLiteracy.Domain.Reports;
using NguyenTrai.DigitalLiteracy.TestSupport;
using static NguyenTrai.DigitalLiteracy.IntegrationTests.ConsolidatedReports.ReportScenario;

namespace NguyenTrai.DigitalLiteracy.IntegrationTests.ConsolidatedReports;

[Collection(ReportScenario.Collection)]
public sealed class ReportAccessTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private Task<int> ReportOfUnitAsync(string unitCode) => factory.WithDbAsync(db => db.UnitReports.AsNoTracking()
        .Where(r => r.Unit!.Code == unitCode && r.Status == UnitReportStatus.Approved).OrderBy(r => r.Id).Select(r => r.Id).FirstAsync());

    [Fact]
    public async Task Unit_staff_download_their_own_unit_report_but_not_another_units()
    {
        using var staff = await factory.SignInAsync("hpn.canbo");

        var own = await GetPdfAsync(staff, $"/bao-cao-pdf/don-vi/{await ReportOfUnitAsync("HPN")}");
        AssertDenied(await staff.GetAsync($"/bao-cao-pdf/don-vi/{await ReportOfUnitAsync("DTN")}"));

        var text = string.Join('\n', PageWords(own));
        Assert.Contains("HỘI LIÊN HIỆP PHỤ NỮ", text, StringComparison.Ordinal);
        Assert.Contains("Kết quả nổi bật", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Office_downloads_any_unit_report_and_the_initiative_compilation()
    {
        using var office = await factory.SignInAsync("vhxh");
        var period = await AnnualPeriodAsync(factory);

        await GetPdfAsync(office, $"/bao-cao-pdf/don-vi/{await ReportOfUnitAsync("DTN")}");
        var draft = await CreateDraftAsync(office, period.Id);
        var compilation = string.Join('\n', PageWords(await GetPdfAsync(office, $"/bao-cao-tong-hop/{draft}/sang-kien")));

        Assert.Contains("Tổng hợp sáng kiến", compilation, StringComparison.Ordinal);
        Assert.Contains("TM. ỦY BAN NHÂN DÂN", compilation, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Leadership_downloads_issued_reports_but_cannot_create_drafts()
    {
        var period = await AnnualPeriodAsync(factory);
        using (var office = await factory.SignInAsync("vhxh"))
        {
            await IssueAsync(office, await CreateDraftAsync(office, period.Id));
        }

        var issuedId = await factory.WithDbAsync(db => db.IssuedReports.AsNoTracking().Select(i => i.Id).FirstAsync());
        using var leader = await factory.SignInAsync("lanhdao");

        var registry = await leader.GetPageAsync("/bao-cao-da-ban-hanh");
        Assert.NotNull(registry.QuerySelector($"a[href='/bao-cao-da-ban-hanh/{issuedId}/tai-ve']"));
        await GetPdfAsync(leader, $"/bao-cao-da-ban-hanh/{issuedId}/tai-ve");
        AssertDenied(await leader.GetAsync("/bao-cao-tong-hop/tao-moi"));
        var token = await leader.GetAntiforgeryTokenAsync("/xac-minh");
        AssertDenied(await leader.PostFormAsync("/bao-cao-tong-hop/tao-moi", [new("__RequestVerificationToken", token), new("Audience", "1"), new("PeriodId", period.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))]));
    }

    [Fact]
    public async Task Excel_appendix_has_one_sheet_per_table()
    {
        var period = await AnnualPeriodAsync(factory);
        using var office = await factory.SignInAsync("vhxh");
        var id = await CreateDraftAsync(office, period.Id);

        var response = await office.GetAsync($"/bao-cao-tong-hop/{id}/excel");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var zip = new System.IO.Compression.ZipArchive(await response.Content.ReadAsStreamAsync());
        Assert.Equal(9, zip.Entries.Count(e => e.FullName.StartsWith("xl/worksheets/sheet", StringComparison.Ordinal)));
    }
}
