using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using NguyenTrai.DigitalLiteracy.Domain.Consolidation;
using NguyenTrai.DigitalLiteracy.Domain.Reports;
using NguyenTrai.DigitalLiteracy.TestSupport;
using static NguyenTrai.DigitalLiteracy.IntegrationTests.ConsolidatedReports.ReportScenario;

namespace NguyenTrai.DigitalLiteracy.IntegrationTests.Documents;

/// <summary>Every kind of document the portal prints, as users get them through HTTP.</summary>
internal sealed record RenderedDocuments(
    byte[] WardPreview, byte[] WardIssued, byte[] CityPreview, byte[] CityIssued,
    byte[] UnitApproved, byte[] UnitDraft, byte[] CompilationPreview, byte[] CompilationIssued,
    IssuedReport WardVersion, IssuedReport CityVersion, IssuedReport CompilationVersion)
{
    public IEnumerable<(string Name, byte[] Pdf)> All =>
    [
        ("ward preview", WardPreview), ("ward issued", WardIssued), ("city preview", CityPreview), ("city issued", CityIssued),
        ("unit approved", UnitApproved), ("unit draft", UnitDraft), ("compilation preview", CompilationPreview), ("compilation issued", CompilationIssued),
    ];
}

internal static class DocumentScenario
{
    public const string UnitCode = "HPN";

    /// <summary>The administrator saves the "Thông tin địa phương" form with these values.</summary>
    public static async Task<IHtmlDocument> SaveProfileAsync(PortalClient admin, IDictionary<string, string?> values) =>
        await admin.FollowAsync(await admin.SubmitFormAsync("/quan-tri/dia-phuong",
            values.ToDictionary(v => "Form." + v.Key, v => v.Value), "form[data-testid=locality-form]"));

    /// <summary>Drafts, previews and issues every document type for the annual period (ward, city with leadership's approval, compilation, unit report).</summary>
    public static async Task<RenderedDocuments> RenderAllAsync(PortalFactory factory)
    {
        var period = await AnnualPeriodAsync(factory);
        using var office = await factory.SignInAsync("vhxh");

        var ward = await CreateDraftAsync(office, period.Id);
        var wardPreview = await GetPdfAsync(office, $"/bao-cao-tong-hop/{ward}/xem-truoc");
        await IssueAsync(office, ward);

        var city = await CreateDraftAsync(office, period.Id, audience: "2");
        var cityPreview = await GetPdfAsync(office, $"/bao-cao-tong-hop/{city}/xem-truoc");
        var compilationPreview = await GetPdfAsync(office, $"/bao-cao-tong-hop/{city}/sang-kien");
        await SendToLeadershipAsync(office, city);
        using (var leader = await factory.SignInAsync("lanhdao"))
        {
            await ApproveAsync(leader, city);
        }

        Assert.StartsWith("Đã ban hành báo cáo số", await IssueApprovedAsync(office, city), StringComparison.Ordinal);
        var compiled = await office.FollowAsync(await office.SubmitFormAsync($"/bao-cao-tong-hop/{city}", new Dictionary<string, string?>(), "form[data-testid=compilation-issue-form]"));
        Assert.StartsWith("Đã ban hành bản tổng hợp sáng kiến số", compiled.FlashSuccess(), StringComparison.Ordinal);

        var issued = await factory.WithDbAsync(db => db.IssuedReports.AsNoTracking().Where(i => i.ConsolidatedReportId == ward || i.ConsolidatedReportId == city).ToListAsync());
        var wardVersion = issued.Single(i => i.ConsolidatedReportId == ward);
        var cityVersion = issued.Single(i => i.ConsolidatedReportId == city && i.Kind == IssuedDocumentKind.Report);
        var compilationVersion = issued.Single(i => i.ConsolidatedReportId == city && i.Kind == IssuedDocumentKind.InitiativeCompilation);

        var unitReport = await factory.WithDbAsync(db => db.UnitReports.AsNoTracking()
            .Where(r => r.Unit!.Code == UnitCode && r.Status == UnitReportStatus.Approved).OrderByDescending(r => r.ReportingPeriod!.StartDate).Select(r => r.Id).FirstAsync());
        var unitApproved = await GetPdfAsync(office, $"/bao-cao-pdf/don-vi/{unitReport}");
        // The same report taken back by the office: no longer the unit's final word, so a draft.
        await factory.WithDbAsync(db => db.UnitReports.Where(r => r.Id == unitReport).ExecuteUpdateAsync(s => s.SetProperty(r => r.Status, UnitReportStatus.Returned)));
        var unitDraft = await GetPdfAsync(office, $"/bao-cao-pdf/don-vi/{unitReport}");
        await factory.WithDbAsync(db => db.UnitReports.Where(r => r.Id == unitReport).ExecuteUpdateAsync(s => s.SetProperty(r => r.Status, UnitReportStatus.Approved)));

        return new RenderedDocuments(
            wardPreview, await GetPdfAsync(office, $"/bao-cao-da-ban-hanh/{wardVersion.Id}/tai-ve"),
            cityPreview, await GetPdfAsync(office, $"/bao-cao-da-ban-hanh/{cityVersion.Id}/tai-ve"),
            unitApproved, unitDraft, compilationPreview, await GetPdfAsync(office, $"/bao-cao-da-ban-hanh/{compilationVersion.Id}/tai-ve"),
            wardVersion, cityVersion, compilationVersion);
    }

    public static async Task<DateOnly> UnitReportDateAsync(PortalFactory factory) => await factory.WithDbAsync(async db =>
    {
        var sent = await db.UnitReports.AsNoTracking().Where(r => r.Unit!.Code == UnitCode && r.Status == UnitReportStatus.Approved)
            .OrderByDescending(r => r.ReportingPeriod!.StartDate).Select(r => r.SubmittedAtUtc).FirstAsync();
        return NguyenTrai.DigitalLiteracy.Reporting.WardClock.LocalDateOf(sent!.Value);
    });

    public static void AssertOk(HttpResponseMessage response) =>
        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.Redirect, $"HTTP {(int)response.StatusCode}");
}
