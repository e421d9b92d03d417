using System.Net;
using Microsoft.EntityFrameworkCore;
using NguyenTrai.DigitalLiteracy.Domain.Consolidation;
using NguyenTrai.DigitalLiteracy.IntegrationTests.ConsolidatedReports;
using NguyenTrai.DigitalLiteracy.Pdf.Tests;
using NguyenTrai.DigitalLiteracy.Reporting.Workflow;
using NguyenTrai.DigitalLiteracy.TestSupport;
using static NguyenTrai.DigitalLiteracy.IntegrationTests.ConsolidatedReports.ReportScenario;

namespace NguyenTrai.DigitalLiteracy.IntegrationTests.Documents;

/// <summary>
/// A report to the city is signed in the committee's name: the office sends it, leadership previews it and returns it
/// with a comment or approves it, then the office issues it; the office cannot issue it alone. A report to the
/// committee is the office's own. Every step is audited and notified.
/// </summary>
[Collection(ReportScenario.Collection)]
public sealed class ReportLifecycleTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private Task<ConsolidatedReport> ReportAsync(int id) => factory.WithDbAsync(db => db.ConsolidatedReports.AsNoTracking().SingleAsync(r => r.Id == id));

    private Task<List<string>> AuditAsync(int id) => factory.WithDbAsync(db => db.AuditEntries.AsNoTracking()
        .Where(a => a.EntityType == ReportAudit.EntityType && a.EntityId == id.ToString(System.Globalization.CultureInfo.InvariantCulture))
        .OrderBy(a => a.Id).Select(a => a.Action).ToListAsync());

    private Task<List<string>> NotificationsAsync(string userName, string link) => factory.WithDbAsync(db => db.Notifications.AsNoTracking()
        .Where(n => n.Link == link && db.Users.Any(u => u.Id == n.UserId && u.UserName == userName)).OrderBy(n => n.Id).Select(n => n.Title).ToListAsync());

    [Fact]
    public async Task City_report_goes_office_to_leadership_back_with_a_comment_then_approved_and_issued()
    {
        var period = await AnnualPeriodAsync(factory);
        using var office = await factory.SignInAsync("vhxh");
        using var leader = await factory.SignInAsync("lanhdao");
        var id = await CreateDraftAsync(office, period.Id, audience: "2");
        var link = $"/bao-cao-tong-hop/{id}";

        // Unsent, the draft is the office's own: leadership neither lists nor opens it.
        AssertDenied(await leader.GetAsync(link));
        AssertDenied(await leader.GetAsync($"{link}/xem-truoc"));
        Assert.Null((await leader.GetPageAsync("/bao-cao-tong-hop")).QuerySelector($"a[href='{link}']"));

        // The office alone cannot issue it: the text is saved, the issue refused.
        var refused = await office.FollowAsync(await office.SubmitFormAsync(link, new Dictionary<string, string?>
        {
            ["intent"] = "issue", ["Form.ConfirmIncomplete"] = "true", ["Form.ConfirmChanges"] = "true", ["Form.Proposals"] = "Đề nghị hỗ trợ 5 máy tính bảng.",
        }, "form[data-testid=report-form]"));
        Assert.Contains("phải được lãnh đạo duyệt trước khi ban hành", refused.TextOf(".alert-danger"), StringComparison.Ordinal);
        Assert.Equal(ConsolidatedReportStatus.Draft, (await ReportAsync(id)).Status);
        Assert.Equal("Đề nghị hỗ trợ 5 máy tính bảng.", (await ReportAsync(id)).SectionProposals);
        Assert.Null(refused.QuerySelector("[data-testid=issue-button]"));
        Assert.Equal(0, await factory.WithDbAsync(db => db.IssuedReports.CountAsync(i => i.ConsolidatedReportId == id)));

        await SendToLeadershipAsync(office, id);
        Assert.Equal(ConsolidatedReportStatus.AwaitingApproval, (await ReportAsync(id)).Status);
        Assert.Contains("Báo cáo chờ duyệt", string.Join('|', await NotificationsAsync("lanhdao", link)), StringComparison.Ordinal);

        // Leadership finds it, opens it, previews exactly the saved text as a draft; the office cannot approve.
        Assert.NotNull((await leader.GetPageAsync("/bao-cao-tong-hop")).QuerySelector($"a[href='{link}']"));
        var page = await leader.GetPageAsync(link);
        Assert.NotNull(page.QuerySelector("[data-testid=leadership-actions]"));
        Assert.Null(page.QuerySelector("[data-testid=issue-button]"));
        var preview = PdfText.Pages(await GetPdfAsync(leader, $"{link}/xem-truoc"));
        Assert.All(preview, p => Assert.Contains("DỰ THẢO", p.Text, StringComparison.Ordinal));
        Assert.Contains("Đề nghị hỗ trợ 5 máy tính bảng.", string.Join(' ', preview.Select(p => p.WordsJoined)), StringComparison.Ordinal);
        AssertDenied(await office.PostFormAsync($"{link}/duyet", [new("__RequestVerificationToken", await office.GetAntiforgeryTokenAsync(link))]));
        AssertDenied(await leader.PostFormAsync($"{link}/ban-hanh", [new("__RequestVerificationToken", await leader.GetAntiforgeryTokenAsync(link))]));

        // Returned with a comment: a draft again, the office told why.
        var returned = await leader.FollowAsync(await leader.SubmitFormAsync(link, new Dictionary<string, string?> { ["comment"] = "Bổ sung kết quả của các thôn." }, "form[action$='/tra-lai']"));
        Assert.Equal("Đã trả lại báo cáo cho Phòng kèm ý kiến.", returned.FlashSuccess());
        var draft = await ReportAsync(id);
        Assert.Equal((ConsolidatedReportStatus.Draft, "Bổ sung kết quả của các thôn."), (draft.Status, draft.LeadershipComment));
        Assert.Contains("Bổ sung kết quả của các thôn.", (await office.GetPageAsync(link)).TextOf("[data-testid=leadership-comment]"), StringComparison.Ordinal);
        Assert.Contains("Lãnh đạo trả lại báo cáo", string.Join('|', await NotificationsAsync("vhxh", link)), StringComparison.Ordinal);

        await SendToLeadershipAsync(office, id);
        await ApproveAsync(leader, id);
        Assert.Equal(ConsolidatedReportStatus.Approved, (await ReportAsync(id)).Status);
        Assert.Contains("Lãnh đạo đã duyệt báo cáo", string.Join('|', await NotificationsAsync("vhxh", link)), StringComparison.Ordinal);

        Assert.StartsWith("Đã ban hành báo cáo số", await IssueApprovedAsync(office, id), StringComparison.Ordinal);
        Assert.Equal(ConsolidatedReportStatus.Issued, (await ReportAsync(id)).Status);
        Assert.Equal(
            [ReportAudit.Drafted, ReportAudit.SentToLeadership, ReportAudit.Returned, ReportAudit.SentToLeadership, ReportAudit.Approved, ReportAudit.Issued],
            await AuditAsync(id));
        var history = (await office.GetPageAsync(link)).TextsOf("[data-testid=report-history] li");
        Assert.Contains(history, h => h.Contains("trả lại báo cáo", StringComparison.Ordinal) && h.Contains("Bổ sung kết quả của các thôn.", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Withdrawing_an_approved_report_takes_the_approval_away()
    {
        var period = await AnnualPeriodAsync(factory);
        using var office = await factory.SignInAsync("vhxh");
        using var leader = await factory.SignInAsync("lanhdao");
        var id = await CreateDraftAsync(office, period.Id, audience: "2");
        await SendToLeadershipAsync(office, id);
        await ApproveAsync(leader, id);

        var withdrawn = await office.FollowAsync(await office.SubmitFormAsync($"/bao-cao-tong-hop/{id}", new Dictionary<string, string?>(), "form[action$='/rut-lai']"));

        Assert.StartsWith("Đã rút lại báo cáo", withdrawn.FlashSuccess(), StringComparison.Ordinal);
        var report = await ReportAsync(id);
        Assert.Equal((ConsolidatedReportStatus.Draft, (string?)null), (report.Status, report.ApprovedFigures));
        Assert.NotNull(withdrawn.QuerySelector("[data-testid=send-button]"));
    }

    [Fact]
    public async Task Ward_report_is_issued_by_the_office_and_never_waits_for_leadership()
    {
        var period = await AnnualPeriodAsync(factory);
        using var office = await factory.SignInAsync("vhxh");
        var id = await CreateDraftAsync(office, period.Id);
        var page = await office.GetPageAsync($"/bao-cao-tong-hop/{id}");
        Assert.Null(page.QuerySelector("[data-testid=send-button]"));
        Assert.NotNull(page.QuerySelector("[data-testid=issue-button]"));

        var sent = await office.FollowAsync(await office.SubmitFormAsync($"/bao-cao-tong-hop/{id}", new Dictionary<string, string?>
        {
            ["intent"] = "send", ["Form.ConfirmIncomplete"] = "true", ["Form.ConfirmChanges"] = "true",
        }, "form[data-testid=report-form]"));
        Assert.Contains("không cần trình lãnh đạo", sent.TextOf(".alert-danger"), StringComparison.Ordinal);

        await IssueAsync(office, id);
        Assert.Equal([ReportAudit.Drafted, ReportAudit.Issued], await AuditAsync(id));
        Assert.Contains("Đã ban hành báo cáo số", string.Join('|', await NotificationsAsync("lanhdao", "/bao-cao-da-ban-hanh")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_stale_page_cannot_approve_a_report_the_office_withdrew()
    {
        var period = await AnnualPeriodAsync(factory);
        using var office = await factory.SignInAsync("vhxh");
        using var leader = await factory.SignInAsync("lanhdao");
        var id = await CreateDraftAsync(office, period.Id, audience: "2");
        await SendToLeadershipAsync(office, id);
        var stale = await leader.GetPageAsync($"/bao-cao-tong-hop/{id}");
        var fields = new List<KeyValuePair<string, string>>
        {
            new("__RequestVerificationToken", stale.QuerySelector("form[action$='/duyet'] input[name=__RequestVerificationToken]")!.GetAttribute("value")!),
            new("rowVersion", stale.QuerySelector("form[action$='/duyet'] input[name=rowVersion]")!.GetAttribute("value")!),
            new("figuresShown", stale.QuerySelector("form[action$='/duyet'] input[name=figuresShown]")!.GetAttribute("value")!),
        };
        await office.FollowAsync(await office.SubmitFormAsync($"/bao-cao-tong-hop/{id}", new Dictionary<string, string?>(), "form[action$='/rut-lai']"));

        var response = await leader.PostFormAsync($"/bao-cao-tong-hop/{id}/duyet", fields);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("người khác thay đổi", (await leader.GetPageAsync(response.Headers.Location!.OriginalString)).DocumentElement.TextContent, StringComparison.Ordinal);
        Assert.Equal(ConsolidatedReportStatus.Draft, (await ReportAsync(id)).Status);
    }
}
