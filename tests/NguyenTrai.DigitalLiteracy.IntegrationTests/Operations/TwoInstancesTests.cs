using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NguyenTrai.DigitalLiteracy.Data.Jobs;
using NguyenTrai.DigitalLiteracy.Domain.Periods;
using NguyenTrai.DigitalLiteracy.Domain.Reports;
using NguyenTrai.DigitalLiteracy.IntegrationTests.Reporting;
using NguyenTrai.DigitalLiteracy.TestSupport;
using NguyenTrai.DigitalLiteracy.Web.Infrastructure.Jobs;

namespace NguyenTrai.DigitalLiteracy.IntegrationTests.Operations;

/// <summary>
/// Two instances of the portal (two hosts, each with its own clock, memory and background scheduler) on ONE SQLite
/// file, as behind a load balancer: what one issues the other accepts, and the daily job runs once.
/// </summary>
public sealed class TwoInstancesTests
{
    /// <summary>The first day the December 2026 report (deadline 16/12) is within the 3-day reminder window, 08:00 ward time.</summary>
    private static readonly DateTimeOffset ReminderMorning = new(2026, 12, 13, 1, 0, 0, TimeSpan.Zero);

    private sealed class Instance : PortalFactory
    {
        public bool Scheduler { get; init; }

        protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?> { ["Jobs:Enabled"] = Scheduler ? "true" : "false" };
    }

    private sealed class Second(PortalFactory first, bool scheduler) : SecondInstance(first)
    {
        protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?> { ["Jobs:Enabled"] = scheduler ? "true" : "false" };
    }

    private static string CookieFrom(HttpResponseMessage response, string name) =>
        response.Headers.GetValues("Set-Cookie").First(c => c.StartsWith(name + "=", StringComparison.Ordinal)).Split(';')[0];

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, HttpMethod method, string url, string cookies, IEnumerable<KeyValuePair<string, string>>? form = null)
    {
        using var request = new HttpRequestMessage(method, url);
        request.Headers.Add("Cookie", cookies);
        request.Content = form is null ? null : new FormUrlEncodedContent(form);
        return await client.SendAsync(request);
    }

    private static async Task<string> TokenAsync(HttpResponseMessage page) =>
        (await PortalClient.ParseAsync(page)).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

    [Fact]
    public async Task A_cookie_and_a_form_token_from_one_instance_work_on_the_other_and_sign_out_ends_both()
    {
        using var first = new Instance();
        using var second = new Second(first, scheduler: false);
        var options = new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false };
        using var a = first.CreateClient(options);
        using var b = second.CreateClient(options);

        var login = await a.GetAsync(new Uri("/tai-khoan/dang-nhap", UriKind.Relative));
        var antiforgery = CookieFrom(login, "NguyenTrai.Antiforgery");
        var signedIn = await SendAsync(a, HttpMethod.Post, "/tai-khoan/dang-nhap", antiforgery,
            [new("UserName", "hpn.canbo"), new("Password", PortalFactory.DemoPassword), new("__RequestVerificationToken", await TokenAsync(login))]);
        var cookies = $"{antiforgery}; {CookieFrom(signedIn, "NguyenTrai.Auth")}";

        var homeOnB = await SendAsync(b, HttpMethod.Get, "/", cookies);
        Assert.Equal(HttpStatusCode.OK, homeOnB.StatusCode);
        Assert.Equal("Hội Liên hiệp Phụ nữ phường", (await PortalClient.ParseAsync(homeOnB)).TextOf("[data-testid=home-heading]"));

        // A form rendered by A, posted to B: the antiforgery token is accepted (same key ring, in the database).
        var formOnA = await SendAsync(a, HttpMethod.Get, "/", cookies);
        var signedOutOnB = await SendAsync(b, HttpMethod.Post, "/tai-khoan/dang-xuat", cookies, [new("__RequestVerificationToken", await TokenAsync(formOnA))]);
        Assert.Equal(HttpStatusCode.Redirect, signedOutOnB.StatusCode);

        var afterOnA = await SendAsync(a, HttpMethod.Get, "/", cookies);
        Assert.Equal(HttpStatusCode.Redirect, afterOnA.StatusCode);
        Assert.Equal(1, await first.WithDbAsync(db => db.DataProtectionKeys.CountAsync()));
    }

    [Fact]
    public async Task Both_instances_run_the_reminders_at_the_same_moment_and_only_one_sends_them()
    {
        using var first = new Instance();
        using var second = new Second(first, scheduler: false);
        var periodId = await first.PeriodIdAsync();
        first.Clock.SetUtcNow(ReminderMorning);
        second.Clock.SetUtcNow(ReminderMorning);
        using (var staff = await first.SignInAsync("hpn.canbo"))
        {
            await staff.SubmitReportAsync(periodId);
        }

        var ran = await Task.WhenAll(Enumerable.Range(0, 4).Select(i => Task.Run(() =>
            (i % 2 == 0 ? (PortalFactory)first : second).Services.GetRequiredService<JobRunner>().RunDueAsync(CancellationToken.None))));

        Assert.Equal(1, ran.Count(r => r));
        await AssertRemindedOnceAsync(first, periodId);

        // The next day both look again: the units were reminded for this period already, nobody is told twice.
        first.Clock.Advance(TimeSpan.FromDays(1));
        second.Clock.Advance(TimeSpan.FromDays(1));
        Assert.True(await second.Services.GetRequiredService<JobRunner>().RunDueAsync(CancellationToken.None));
        Assert.False(await first.Services.GetRequiredService<JobRunner>().RunDueAsync(CancellationToken.None));
        await AssertRemindedOnceAsync(first, periodId);
    }

    [Fact]
    public async Task The_schedulers_of_both_instances_wake_on_the_clock_and_remind_once()
    {
        using var first = new Instance { Scheduler = true };
        using var second = new Second(first, scheduler: true);
        var periodId = await first.PeriodIdAsync();
        await second.WithDbAsync(db => Task.CompletedTask); // start both hosts (and both schedulers)

        first.Clock.SetUtcNow(ReminderMorning);
        second.Clock.SetUtcNow(ReminderMorning);

        var today = new DateOnly(2026, 12, 13);
        for (var wait = 0; wait < 100 && await first.WithDbAsync(db => db.JobLeases.Where(l => l.Name == JobLease.DeadlineReminders).Select(l => l.LastCompletedOn).SingleAsync()) != today; wait++)
        {
            await Task.Delay(200);
        }

        await AssertRemindedOnceAsync(first, periodId, submitted: null);
    }

    /// <summary>Every unit still owing the report has exactly one reminder row, and each of its staff exactly one notification.</summary>
    private static async Task AssertRemindedOnceAsync(PortalFactory factory, int periodId, string? submitted = "HPN")
    {
        await factory.WithDbAsync(async db =>
        {
            var reminded = await db.DeadlineReminders.Where(r => r.ReportingPeriodId == periodId).Select(r => r.UnitId).ToListAsync();
            var period = await db.ReportingPeriods.SingleAsync(p => p.Id == periodId);
            var owing = await db.Units
                .Where(u => u.Code != "VHXH" && u.ActiveFrom <= period.EndDate && (u.ActiveTo == null || u.ActiveTo >= period.StartDate))
                .Where(u => !db.UnitReports.Any(r => r.UnitId == u.Id && r.ReportingPeriodId == periodId && (r.Status == UnitReportStatus.Submitted || r.Status == UnitReportStatus.Approved)))
                .Select(u => u.Id).ToListAsync();
            Assert.NotEmpty(owing);
            Assert.Equal(owing.Order(), reminded.Order());
            if (submitted is not null)
            {
                Assert.DoesNotContain(await db.Units.Where(u => u.Code == submitted).Select(u => u.Id).SingleAsync(), reminded);
            }

            var title = $"Sắp đến hạn nộp báo cáo {period.Name}";
            var perUser = await db.Notifications.Where(n => n.Title == title).GroupBy(n => n.UserId).Select(g => g.Count()).ToListAsync();
            var staff = await db.Users.CountAsync(u => u.UnitId != null && reminded.Contains(u.UnitId.Value));
            Assert.Equal(staff, perUser.Count);
            Assert.All(perUser, count => Assert.Equal(1, count));
        });
    }
}
