using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using NguyenTrai.DigitalLiteracy.Domain.Reports;
using NguyenTrai.DigitalLiteracy.TestSupport;

namespace NguyenTrai.DigitalLiteracy.IntegrationTests.Reporting;

public sealed class ReviewTests
{
    private const string ReturnForm = "[data-testid=return-form]";
    private const string ReopenForm = "[data-testid=reopen-form]";

    [Fact]
    public async Task Return_with_reason_resubmit_approve_reopen_each_step_recorded_and_shown()
    {
        using var factory = new PortalFactory();
        var periodId = await factory.PeriodIdAsync();
        using var staff = await factory.SignInAsync("hpn.canbo");
        await staff.SubmitReportAsync(periodId);
        var id = (await factory.ReportAsync("HPN", periodId))!.Id;
        using var office = await factory.SignInAsync("vhxh");

        var queue = await office.GetPageAsync($"/duyet-bao-cao?periodId={periodId}");
        Assert.NotNull(queue.QuerySelector($"tr[data-report='{id}'] input[name=ids]"));

        var noReason = await office.SubmitFormAsync($"/duyet-bao-cao/{id}", new Dictionary<string, string?> { ["Return.Reason"] = "  " }, ReturnForm);
        Assert.Equal(HttpStatusCode.OK, noReason.StatusCode);
        Assert.Contains("Vui lòng nhập lý do trả lại.", (await PortalClient.ParseAsync(noReason)).ValidationMessages());
        Assert.Equal(UnitReportStatus.Submitted, (await factory.ReportAsync("HPN", periodId))!.Status);

        await office.SubmitFormAsync($"/duyet-bao-cao/{id}", new Dictionary<string, string?> { ["Return.Reason"] = "Bổ sung ảnh lớp học ngày 20/11" }, ReturnForm);

        var staffPage = await staff.GetPageAsync($"/bao-cao-don-vi/{periodId}");
        Assert.Equal("Bị trả lại", staffPage.TextOf("[data-testid=report-state]"));
        Assert.Contains("Bổ sung ảnh lớp học ngày 20/11", staffPage.TextOf("[data-testid=return-reason]"), StringComparison.Ordinal);
        Assert.Equal("1 chưa đọc", staffPage.TextOf("[data-testid=notification-count]"));
        Assert.Null(await factory.WhyLockedAsync("HPN", new DateOnly(2026, 11, 20)));

        await staff.SubmitReportAsync(periodId, "Đã bổ sung ảnh");
        var approved = await office.FollowAsync(await office.SubmitFormAsync($"/duyet-bao-cao/{id}", new Dictionary<string, string?>(), "[data-testid=approve-form]"));
        Assert.Equal("Đã phê duyệt", approved.TextOf("[data-testid=report-state]"));

        var noReopenReason = await office.SubmitFormAsync($"/duyet-bao-cao/{id}", new Dictionary<string, string?> { ["Reopen.Reason"] = "" }, ReopenForm);
        Assert.Contains("Vui lòng nhập lý do mở lại.", (await PortalClient.ParseAsync(noReopenReason)).ValidationMessages());
        var reopened = await office.FollowAsync(await office.SubmitFormAsync($"/duyet-bao-cao/{id}", new Dictionary<string, string?> { ["Reopen.Reason"] = "Đối chiếu lại số người tham gia" }, ReopenForm));

        Assert.Equal("Bị trả lại", reopened.TextOf("[data-testid=report-state]"));
        var history = reopened.TextsOf("[data-testid=history] li");
        Assert.Equal(5, history.Count);
        Assert.Contains("Đã gửi → Bị trả lại", history[1], StringComparison.Ordinal);
        Assert.Contains("Trần Thị Hoa", history[1], StringComparison.Ordinal);
        Assert.Contains("Lý do: Bổ sung ảnh lớp học ngày 20/11", history[1], StringComparison.Ordinal);
        Assert.Contains("Bị trả lại → Đã gửi", history[2], StringComparison.Ordinal);
        Assert.Contains("Đã gửi → Đã phê duyệt", history[3], StringComparison.Ordinal);
        Assert.Contains("Đã phê duyệt → Bị trả lại", history[4], StringComparison.Ordinal);
        // The unit hears of the return, the approval and the reopening; the office of each submission.
        var titles = await factory.WithDbAsync(db => db.Notifications.Select(n => n.Title).ToListAsync());
        Assert.Equal(3, titles.Count(t => t.StartsWith("Báo cáo", StringComparison.Ordinal)));
        Assert.Contains(titles, t => t.StartsWith("Báo cáo Tháng 12/2026 đã được phê duyệt", StringComparison.Ordinal));
        Assert.Contains(titles, t => t.Contains("gửi báo cáo Tháng 12/2026 (gửi lại lần 2)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Forbidden_office_moves_are_refused_with_a_message()
    {
        using var factory = new PortalFactory();
        var periodId = await factory.PeriodIdAsync();
        using var staff = await factory.SignInAsync("hpn.canbo");
        await staff.SubmitFormAsync($"/bao-cao-don-vi/{periodId}", new Dictionary<string, string?> { ["intent"] = "save" });
        var draft = (await factory.ReportAsync("HPN", periodId))!;
        using var office = await factory.SignInAsync("vhxh");
        var token = await office.GetAntiforgeryTokenAsync("/duyet-bao-cao");
        var version = Convert.ToBase64String(draft.RowVersion);

        var approveDraft = await office.FollowAsync(await office.PostFormAsync($"/duyet-bao-cao/{draft.Id}/phe-duyet", [new("__RequestVerificationToken", token), new("rowVersion", version)]));
        var reopenDraft = await office.FollowAsync(await office.PostFormAsync($"/duyet-bao-cao/{draft.Id}/mo-lai", [new("__RequestVerificationToken", token), new("Reopen.RowVersion", version), new("Reopen.Reason", "x")]));

        Assert.Equal("Chỉ báo cáo đã gửi mới được phê duyệt.", approveDraft.FlashError());
        Assert.Equal("Chỉ báo cáo đã phê duyệt mới được mở lại.", reopenDraft.FlashError());
        Assert.Equal(UnitReportStatus.Draft, (await factory.ReportAsync("HPN", periodId))!.Status);
    }

    [Fact]
    public async Task Two_office_users_on_the_same_report_the_second_is_told_it_changed()
    {
        using var factory = new PortalFactory();
        var periodId = await factory.PeriodIdAsync();
        using var staff = await factory.SignInAsync("hpn.canbo");
        await staff.SubmitReportAsync(periodId);
        var id = (await factory.ReportAsync("HPN", periodId))!.Id;
        using var first = await factory.SignInAsync("vhxh");
        using var second = await factory.SignInAsync("vhxh2");
        // vhxh2 opened the page before vhxh approved: keep the form as that stale page had it.
        var stale = await second.GetPageAsync($"/duyet-bao-cao/{id}");
        var staleFields = new List<KeyValuePair<string, string>>
        {
            new("__RequestVerificationToken", stale.QuerySelector($"{ReturnForm} input[name=__RequestVerificationToken]")!.GetAttribute("value")!),
            new("Return.RowVersion", stale.QuerySelector($"{ReturnForm} input[name='Return.RowVersion']")!.GetAttribute("value")!),
            new("Return.Reason", "Thiếu số liệu"),
        };

        await first.SubmitFormAsync($"/duyet-bao-cao/{id}", new Dictionary<string, string?>(), "[data-testid=approve-form]");
        var page = await second.FollowAsync(await second.PostFormAsync($"/duyet-bao-cao/{id}/tra-lai", staleFields));

        Assert.Contains("đã được người khác thay đổi", page.FlashError(), StringComparison.Ordinal);
        Assert.Equal("Đã phê duyệt", page.TextOf("[data-testid=report-state]"));
        var report = await factory.ReportAsync("HPN", periodId);
        Assert.Equal(UnitReportStatus.Approved, report!.Status);
        Assert.DoesNotContain(report.History, h => h.ToStatus == UnitReportStatus.Returned);
    }

    [Fact]
    public async Task Staff_saving_from_a_page_the_office_has_since_returned_gets_the_changed_message()
    {
        using var factory = new PortalFactory();
        var periodId = await factory.PeriodIdAsync();
        using var staff = await factory.SignInAsync("hpn.canbo");
        await staff.SubmitFormAsync($"/bao-cao-don-vi/{periodId}", new Dictionary<string, string?> { ["Narrative.Highlights"] = "Bản 1", ["intent"] = "save" });
        var stale = await staff.GetPageAsync($"/bao-cao-don-vi/{periodId}");
        var token = stale.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var version = stale.QuerySelector("input[name='Narrative.RowVersion']")!.GetAttribute("value")!;
        await staff.SubmitFormAsync($"/bao-cao-don-vi/{periodId}", new Dictionary<string, string?> { ["Narrative.Highlights"] = "Bản 2 (tab khác)", ["intent"] = "save" });

        var page = await staff.FollowAsync(await staff.PostFormAsync($"/bao-cao-don-vi/{periodId}",
            [new("__RequestVerificationToken", token), new("Narrative.RowVersion", version), new("Narrative.Highlights", "Bản cũ ghi đè"), new("intent", "save")]));

        Assert.Contains("đã được người khác thay đổi", page.FlashError(), StringComparison.Ordinal);
        Assert.Equal("Bản 2 (tab khác)", (await factory.ReportAsync("HPN", periodId))!.Highlights);
    }

    [Fact]
    public async Task Bulk_approve_approves_the_selected_submitted_reports_only()
    {
        using var factory = new PortalFactory();
        var periodId = await factory.PeriodIdAsync();
        foreach (var user in new[] { "hpn.canbo", "dtn.canbo", "thon01.canbo" })
        {
            using var staff = await factory.SignInAsync(user);
            await staff.SubmitReportAsync(periodId);
        }

        var hpn = (await factory.ReportAsync("HPN", periodId))!.Id;
        var dtn = (await factory.ReportAsync("DTN", periodId))!.Id;
        using var office = await factory.SignInAsync("vhxh");
        var url = $"/duyet-bao-cao?periodId={periodId}";
        var queue = await office.GetPageAsync(url);
        Assert.Equal(3, queue.QuerySelectorAll("input[name=ids]").Length);
        var token = queue.QuerySelector("[data-testid=bulk-form] input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        var page = await office.FollowAsync(await office.PostFormAsync("/duyet-bao-cao/phe-duyet-hang-loat",
            [new("__RequestVerificationToken", token), new("ids", hpn.ToString(CultureInfo.InvariantCulture)), new("ids", dtn.ToString(CultureInfo.InvariantCulture)), new("returnUrl", url)]));

        Assert.Contains("Đã phê duyệt 2 báo cáo.", page.FlashSuccess(), StringComparison.Ordinal);
        Assert.Single(page.QuerySelectorAll("input[name=ids]"));
        Assert.Equal(UnitReportStatus.Approved, (await factory.ReportAsync("DTN", periodId))!.Status);
        Assert.Equal(UnitReportStatus.Submitted, (await factory.ReportAsync("THON01", periodId))!.Status);
    }

    [Fact]
    public async Task Nothing_can_be_saved_submitted_returned_or_approved_in_a_closed_period()
    {
        using var factory = new PortalFactory();
        var periodId = await factory.PeriodIdAsync();
        using var hpnStaff = await factory.SignInAsync("hpn.canbo");
        using var dtnStaff = await factory.SignInAsync("dtn.canbo");
        await dtnStaff.SubmitReportAsync(periodId);
        var dtnReport = (await factory.ReportAsync("DTN", periodId))!;
        using var office = await factory.SignInAsync("vhxh");
        var hpnForm = await hpnStaff.GetPageAsync($"/bao-cao-don-vi/{periodId}");
        var officeToken = await office.GetAntiforgeryTokenAsync("/duyet-bao-cao");
        var version = Convert.ToBase64String(dtnReport.RowVersion);
        await factory.WithDbAsync(async db =>
        {
            var period = await db.ReportingPeriods.SingleAsync(p => p.Id == periodId);
            period.Close("vhxh", factory.Clock.GetUtcNow().UtcDateTime);
            await db.SaveChangesAsync();
        });
        var closedMessage = "Kỳ báo cáo \"Tháng 12/2026\" đã khóa sổ";

        var submit = await hpnStaff.FollowAsync(await hpnStaff.PostFormAsync($"/bao-cao-don-vi/{periodId}",
            [new("__RequestVerificationToken", hpnForm.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!), new("Narrative.Highlights", "Muộn"), new("intent", "submit")]));
        var approve = await office.FollowAsync(await office.PostFormAsync($"/duyet-bao-cao/{dtnReport.Id}/phe-duyet", [new("__RequestVerificationToken", officeToken), new("rowVersion", version)]));
        var returned = await office.FollowAsync(await office.PostFormAsync($"/duyet-bao-cao/{dtnReport.Id}/tra-lai", [new("__RequestVerificationToken", officeToken), new("Return.RowVersion", version), new("Return.Reason", "Thiếu")]));

        Assert.StartsWith(closedMessage, submit.FlashError(), StringComparison.Ordinal);
        Assert.Null(submit.QuerySelector("[data-testid=narrative-form]"));
        Assert.StartsWith(closedMessage, approve.FlashError(), StringComparison.Ordinal);
        Assert.StartsWith(closedMessage, returned.FlashError(), StringComparison.Ordinal);
        Assert.Null(await factory.ReportAsync("HPN", periodId));
        Assert.Equal(UnitReportStatus.Submitted, (await factory.ReportAsync("DTN", periodId))!.Status);
        Assert.Contains("khóa sổ", await factory.WhyLockedAsync("HPN", new DateOnly(2026, 11, 20)), StringComparison.Ordinal);
    }
}
