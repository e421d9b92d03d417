using System.Net;
using AngleSharp.Html.Dom;
using NguyenTrai.DigitalLiteracy.TestSupport;

namespace NguyenTrai.DigitalLiteracy.IntegrationTests.Reporting;

public sealed class ComplianceTests
{
    private const string Thon04 = "Thôn Quỳnh Khê (đã sáp nhập)";
    private const string Tdp04 = "Tổ dân phố Đồng Tâm";

    [Theory]
    [InlineData("Tháng 06/2026", true, false)]  // window 15/05..14/06: THON04 open throughout, TDP04 not yet
    [InlineData("Tháng 07/2026", false, false)] // window 15/06..14/07: THON04 closed on 30/06, before the last day
    [InlineData("Tháng 09/2026", false, true)]  // window 15/08..14/09: TDP04 opened on 01/08, before the first day
    public async Task Units_are_expected_for_a_month_only_when_active_the_whole_window(string period, bool thon04Expected, bool tdp04Expected)
    {
        using var factory = new PortalFactory();
        using var leadership = await factory.SignInAsync("lanhdao");

        var page = await leadership.GetPageAsync($"/tinh-hinh-nop?periodId={await factory.PeriodIdAsync(period)}");

        var units = page.QuerySelectorAll("[data-testid=compliance] tbody tr").Select(r => r.GetAttribute("data-unit")).ToList();
        Assert.Equal(thon04Expected, units.Contains(Thon04));
        Assert.Equal(tdp04Expected, units.Contains(Tdp04));
        Assert.Equal(!thon04Expected, page.QuerySelector("[data-testid=not-expected]")?.TextContent.Contains(Thon04, StringComparison.Ordinal) ?? false);
        Assert.DoesNotContain("Phòng Văn hóa - Xã hội", units);
        Assert.Equal(units.Count, Count(page, "expected"));
        foreach (var percent in page.QuerySelectorAll("[data-percent]").Select(e => e.TextContent.Trim()))
        {
            Assert.InRange(int.Parse(percent.TrimEnd('%', ' ', '\u00a0'), System.Globalization.CultureInfo.InvariantCulture), 0, 100);
        }
    }

    [Theory]
    [InlineData("6 tháng đầu năm 2026", 6, 0)] // THON04 owed January..June, TDP04 nothing
    [InlineData("Năm 2026", 6, 4)]             // TDP04 owed September..December
    public async Task Cumulative_periods_list_each_units_monthly_reports_never_a_report_of_their_own(string period, int thon04Months, int tdp04Months)
    {
        using var factory = new PortalFactory();
        using var office = await factory.SignInAsync("vhxh");

        var page = await office.GetPageAsync($"/tinh-hinh-nop?periodId={await factory.PeriodIdAsync(period)}");

        Assert.NotNull(page.QuerySelector("[data-testid=cumulative-note]"));
        Assert.Null(page.QuerySelector("form[action*=nhac-nho]"));
        int Months(string unit) => page.QuerySelector($"[data-testid=compliance-by-unit] tr[data-unit='{unit}'] td") is { } cell
            ? int.Parse(cell.TextContent.Trim(), System.Globalization.CultureInfo.InvariantCulture) : 0;
        Assert.Equal(thon04Months, Months(Thon04));
        Assert.Equal(tdp04Months, Months(Tdp04));
        var rows = page.QuerySelectorAll("[data-testid=compliance-by-unit] tbody tr td:first-of-type").Sum(c => int.Parse(c.TextContent.Trim(), System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(rows, Count(page, "expected"));
    }

    [Fact]
    public async Task Past_month_counts_match_the_rows_and_never_exceed_the_expected_units()
    {
        using var factory = new PortalFactory();
        using var office = await factory.SignInAsync("vhxh");

        var page = await office.GetPageAsync($"/tinh-hinh-nop?periodId={await factory.PeriodIdAsync("Tháng 11/2026")}");

        var states = page.TextsOf("[data-testid=compliance] [data-testid=state]");
        var timings = page.TextsOf("[data-testid=compliance] [data-testid=timing]");
        Assert.Equal(states.Count, Count(page, "expected"));
        Assert.Equal(timings.Count(s => s is "Gửi đúng hạn" or "Gửi muộn"), Count(page, "submitted"));
        Assert.Equal(timings.Count(s => s == "Gửi đúng hạn"), Count(page, "ontime"));
        Assert.Equal(timings.Count(s => s == "Gửi muộn"), Count(page, "late"));
        Assert.Equal(states.Count(s => s == "Đã phê duyệt"), Count(page, "approved"));
        Assert.True(Count(page, "submitted") <= Count(page, "expected"));
        // 25/11 is after November's deadline: every unit that has sent nothing is overdue and highlighted.
        var awaiting = timings.Count(s => s == "Quá hạn, chưa gửi");
        Assert.True(awaiting > 0);
        Assert.Equal(awaiting, Count(page, "overdue"));
        Assert.Equal(awaiting, page.QuerySelectorAll("tr.table-danger[data-overdue=true]").Length);
    }

    [Fact]
    public async Task A_month_not_yet_due_is_in_no_percentage_and_nobody_is_chased_as_missing()
    {
        using var factory = new PortalFactory();
        using var office = await factory.SignInAsync("vhxh");

        var page = await office.GetPageAsync($"/tinh-hinh-nop?periodId={await factory.PeriodIdAsync()}");

        Assert.Equal(0, Count(page, "due"));
        Assert.Equal(0, Count(page, "overdue"));
        Assert.All(page.TextsOf("[data-testid=compliance] [data-testid=timing]"), t => Assert.Equal("Chưa đến hạn", t));
        Assert.All(page.QuerySelectorAll("[data-percent]"), p => Assert.Equal("—", p.TextContent.Trim()));
    }

    [Fact]
    public async Task Clock_before_at_and_after_the_deadline_drives_late_and_overdue()
    {
        using var factory = new PortalFactory();
        var periodId = await factory.PeriodIdAsync();
        var deadline = await factory.WithDbAsync(db => Task.FromResult(db.ReportingPeriods.Single(p => p.Id == periodId).Deadline));
        var url = $"/tinh-hinh-nop?periodId={periodId}";
        using var hpn = await factory.SignInAsync("hpn.canbo");

        // Sessions end after a fixed time, so everyone signs in again after the clock jumps.
        // Before the deadline (the default clock, 25/11/2026): nobody is overdue, a submission is on time.
        await hpn.SubmitReportAsync(periodId);
        using var office = await factory.SignInAsync("vhxh");
        var before = await office.GetPageAsync(url);
        Assert.Equal(0, Count(before, "overdue"));
        Assert.Equal("Gửi đúng hạn", TimingOf(before, "Hội Liên hiệp Phụ nữ phường"));

        // At the deadline, 23:59 ward time: still on time, still not overdue.
        factory.Clock.SetUtcNow(new DateTimeOffset(deadline.ToDateTime(new TimeOnly(23, 59)), TimeSpan.FromHours(7)));
        using var dtn = await factory.SignInAsync("dtn.canbo");
        await dtn.SubmitReportAsync(periodId);
        using var officeAt = await factory.SignInAsync("vhxh");
        var at = await officeAt.GetPageAsync(url);
        Assert.Equal(0, Count(at, "overdue"));
        Assert.Equal("Gửi đúng hạn", TimingOf(at, "Đoàn Thanh niên Cộng sản Hồ Chí Minh phường"));

        // Two minutes later it is the next day: the rest are overdue; a submission now is late.
        factory.Clock.Advance(TimeSpan.FromMinutes(2));
        var after = await officeAt.GetPageAsync(url);
        var expected = Count(after, "expected");
        Assert.Equal(expected - 2, Count(after, "overdue"));
        Assert.Equal("true", after.QuerySelector("tr[data-unit='Thôn Lạc Dục']")!.GetAttribute("data-overdue"));
        Assert.Equal("false", after.QuerySelector("tr[data-unit='Hội Liên hiệp Phụ nữ phường']")!.GetAttribute("data-overdue"));
        using var thon01 = await factory.SignInAsync("thon01.canbo");
        await thon01.SubmitReportAsync(periodId);
        var late = await officeAt.GetPageAsync(url);
        Assert.Equal("Gửi muộn", TimingOf(late, "Thôn Lạc Dục"));
        Assert.Equal(expected - 3, Count(late, "overdue"));
        Assert.Equal(3, Count(late, "submitted"));
    }

    [Fact]
    public async Task Reminder_notifies_staff_of_units_that_have_not_submitted_and_the_bell_counts_it()
    {
        using var factory = new PortalFactory();
        var periodId = await factory.PeriodIdAsync();
        using var dtn = await factory.SignInAsync("dtn.canbo");
        await dtn.SubmitReportAsync(periodId);
        using var leadership = await factory.SignInAsync("lanhdao");
        var leadershipPage = await leadership.GetPageAsync($"/tinh-hinh-nop?periodId={periodId}");
        Assert.Null(leadershipPage.QuerySelector("form[action*=nhac-nho]"));
        var token = leadershipPage.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        Reporting.AssertForbidden(await leadership.PostFormAsync($"/tinh-hinh-nop/nhac-nho?periodId={periodId}", [new("__RequestVerificationToken", token)]));
        using var office = await factory.SignInAsync("vhxh");

        var sent = await office.FollowAsync(await office.SubmitFormAsync($"/tinh-hinh-nop?periodId={periodId}", new Dictionary<string, string?>(), "form[action*=nhac-nho]"));

        Assert.Contains("Đã gửi nhắc nhở tới", sent.FlashSuccess(), StringComparison.Ordinal);
        using var hpn = await factory.SignInAsync("hpn.canbo");
        var home = await hpn.GetPageAsync("/");
        Assert.Equal("1 chưa đọc", home.TextOf("[data-testid=notification-count]"));
        var list = await hpn.GetPageAsync("/thong-bao");
        Assert.Contains("Nhắc nộp báo cáo Tháng 12/2026", list.TextOf("[data-testid=notifications]"), StringComparison.Ordinal);
        var opened = await hpn.SubmitFormAsync("/thong-bao", new Dictionary<string, string?>(), "[data-testid=notifications] form");
        Assert.Equal($"/bao-cao-don-vi/{periodId}", opened.Headers.Location!.OriginalString);
        Assert.Null((await hpn.GetPageAsync("/")).QuerySelector("[data-testid=notification-count]"));
        Assert.Null((await dtn.GetPageAsync("/")).QuerySelector("[data-testid=notification-count]"));
        Assert.Null((await leadership.GetPageAsync("/")).QuerySelector("[data-testid=notification-count]"));
    }

    [Fact]
    public async Task Staff_cannot_see_compliance()
    {
        using var factory = new PortalFactory();
        using var staff = await factory.SignInAsync("hpn.canbo");

        Reporting.AssertForbidden(await staff.GetAsync("/tinh-hinh-nop"));
        Assert.Equal(HttpStatusCode.OK, (await staff.GetAsync("/thong-bao")).StatusCode);
    }

    private static int Count(IHtmlDocument page, string key) => int.Parse(page.TextOf($"[data-count={key}]"), System.Globalization.CultureInfo.InvariantCulture);

    private static string TimingOf(IHtmlDocument page, string unit) => page.QuerySelector($"tr[data-unit='{unit}'] [data-testid=timing]")!.TextContent.Trim();
}
