using System.Collections.Concurrent;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NguyenTrai.DigitalLiteracy.IntegrationTests.Entries;
using NguyenTrai.DigitalLiteracy.IntegrationTests.Reporting;
using NguyenTrai.DigitalLiteracy.TestSupport;
using NguyenTrai.DigitalLiteracy.Web.Features.Notifications;

namespace NguyenTrai.DigitalLiteracy.IntegrationTests.UxStaff;

/// <summary>
/// The whole return cycle as the people in it see it: the office hears of a submission, returns it; the unit hears,
/// is guided on every entry page of that period, fixes an entry and resubmits ("gửi lại lần 2"); the office sees what
/// changed since the return, approves; the unit hears. In the app and by e-mail (SMTP configured), each with its link.
/// </summary>
public sealed class ReturnFlowTests
{
    private const string Portal = "https://hocvuso.nguyentrai.example";
    private const string Reason = "Đề nghị kiểm tra lại số người tham gia lớp VNeID.";

    [Fact]
    public async Task Submit_return_fix_resubmit_approve_notifies_both_ways_and_guides_the_unit()
    {
        using var factory = new MailFactory();
        await factory.WithDbAsync(async db =>
        {
            foreach (var (user, mail) in new[] { ("hpn.canbo", "lan@hpn.example"), ("vhxh", "hoa@vhxh.example"), ("vhxh2", "vhxh2@vhxh.example"), ("dtn.canbo", "dtn@dtn.example") })
            {
                await db.Users.Where(u => u.UserName == user).ExecuteUpdateAsync(s => s.SetProperty(u => u.Email, mail));
            }
        });
        var periodId = await factory.PeriodIdAsync();
        using var staff = await factory.SignInAsync("hpn.canbo");
        var entryId = await staff.CreateAsync(EntryKind.Training, "Lớp học VNeID", ("ParticipantsTotal", "35"), ("ParticipantsAdults", "30"));
        using var otherUnit = await factory.SignInAsync("dtn.canbo");

        // 1. Submitted: every office reviewer hears of it, in the app and by mail, with the review page's link.
        await staff.SubmitReportAsync(periodId);
        var reportId = (await factory.ReportAsync("HPN", periodId))!.Id;
        var hpn = await factory.WithDbAsync(db => db.Units.Where(u => u.Code == "HPN").Select(u => u.Id).SingleAsync());
        var firstLink = $"/duyet-bao-cao/don-vi/{hpn}/ky/{periodId}"; // written in the same save that created the report
        await AssertNotifiedAsync(factory, "vhxh", "Hội Liên hiệp Phụ nữ phường gửi báo cáo Tháng 12/2026", firstLink, "hoa@vhxh.example");
        await AssertNotifiedAsync(factory, "vhxh2", "Hội Liên hiệp Phụ nữ phường gửi báo cáo Tháng 12/2026", firstLink, "vhxh2@vhxh.example");

        // 2. Returned with a reason (two minutes later): the unit hears.
        factory.Clock.Advance(TimeSpan.FromMinutes(2));
        using var office = await factory.SignInAsync("vhxh");
        var opened = await office.GetAsync(firstLink);
        Assert.Equal($"/duyet-bao-cao/{reportId}", opened.Headers.Location!.OriginalString);
        await office.SubmitFormAsync($"/duyet-bao-cao/{reportId}", new Dictionary<string, string?> { ["Return.Reason"] = Reason }, "[data-testid=return-form]");
        await AssertNotifiedAsync(factory, "hpn.canbo", "Báo cáo bị trả lại: Tháng 12/2026", $"/bao-cao-don-vi/{periodId}", "lan@hpn.example");
        Assert.Contains(factory.Mail, m => m.To == "lan@hpn.example" && m.Body.Contains(Reason, StringComparison.Ordinal));

        // 3. Guided: the list, the new-entry form, the entry's page and its edit form all show the reason and the way back.
        foreach (var url in new[] { "/hoat-dong/lop-hoc", "/hoat-dong/tuyen-truyen", "/hoat-dong/lop-hoc/tao-moi", $"/hoat-dong/lop-hoc/{entryId}", $"/hoat-dong/lop-hoc/{entryId}/sua" })
        {
            var page = await staff.GetPageAsync(url);
            var banner = page.QuerySelector($"[data-testid=returned-banner][data-period='{periodId}']")!;
            Assert.Contains(Reason, banner.TextContent, StringComparison.Ordinal);
            Assert.Equal($"/bao-cao-don-vi/{periodId}#gui-bao-cao", banner.QuerySelector("[data-testid=resubmit-link]")!.GetAttribute("href"));
        }

        // Another unit sees only its own returns (the demo data returned a few of last month's reports).
        Assert.DoesNotContain(Reason, (await otherUnit.GetPageAsync("/hoat-dong/lop-hoc")).Body!.TextContent, StringComparison.Ordinal);
        Assert.Null((await office.GetPageAsync($"/hoat-dong/lop-hoc/{entryId}")).QuerySelector("[data-testid=returned-banner]"));
        var otherMonth = await factory.WithDbAsync(db => db.PropagandaActivities.Where(e => e.Unit!.Code == "HPN" && e.ReportingMonth == 202611).Select(e => e.Id).FirstAsync());
        Assert.Null((await staff.GetPageAsync($"/hoat-dong/tuyen-truyen/{otherMonth}")).QuerySelector("[data-testid=returned-banner]"));

        // 4. Fixed: after saving, the entry's page (where the save lands) leads back to the report.
        factory.Clock.Advance(TimeSpan.FromMinutes(2));
        var saved = await staff.FollowAsync(await staff.SubmitFormAsync($"/hoat-dong/lop-hoc/{entryId}/sua",
            new Dictionary<string, string?> { ["ParticipantsTotal"] = "42", ["ParticipantsAdults"] = "37" }, "[data-testid=entry-form]"));
        Assert.Contains("Đã cập nhật", saved.FlashSuccess(), StringComparison.Ordinal);
        Assert.NotNull(saved.QuerySelector($"[data-testid=returned-banner][data-period='{periodId}'] [data-testid=resubmit-link]"));
        var report = await staff.GetPageAsync($"/bao-cao-don-vi/{periodId}");
        Assert.Contains("Gửi lại báo cáo", report.TextOf("#gui-bao-cao button[value=submit]"), StringComparison.Ordinal);

        // 5. Resubmitted: the office hears "gửi lại lần 2".
        await staff.SubmitReportAsync(periodId, "Đã sửa số người tham gia.");
        await AssertNotifiedAsync(factory, "vhxh", "Hội Liên hiệp Phụ nữ phường gửi báo cáo Tháng 12/2026 (gửi lại lần 2)", $"/duyet-bao-cao/{reportId}", "hoa@vhxh.example");
        Assert.Null((await staff.GetPageAsync("/hoat-dong/lop-hoc")).QuerySelector($"[data-testid=returned-banner][data-period='{periodId}']"));

        // 6. The office sees what changed since the return, in people's names and the form's labels.
        var review = await office.GetPageAsync($"/duyet-bao-cao/{reportId}");
        var change = Assert.Single(review.TextsOf("[data-testid=change-line]"));
        Assert.Contains("Phạm Thị Lan sửa lớp học / buổi hướng dẫn “Lớp học VNeID”", change, StringComparison.Ordinal);
        Assert.Contains("Tổng số người tham gia 35 → 42", change, StringComparison.Ordinal);
        Assert.Contains("Trong đó từ 18 tuổi trở lên 30 → 37", change, StringComparison.Ordinal);
        Assert.DoesNotContain("hpn.canbo", change, StringComparison.Ordinal);
        Assert.DoesNotContain("Participants", change, StringComparison.Ordinal);

        // 7. Approved: the unit hears; the home says so.
        await office.SubmitFormAsync($"/duyet-bao-cao/{reportId}", new Dictionary<string, string?>(), "[data-testid=approve-form]");
        await AssertNotifiedAsync(factory, "hpn.canbo", "Báo cáo Tháng 12/2026 đã được phê duyệt", $"/bao-cao-don-vi/{periodId}", "lan@hpn.example");
        var home = await staff.GetPageAsync("/");
        Assert.Equal("Đã phê duyệt", home.TextOf("[data-testid=report-action]"));
        Assert.DoesNotContain(factory.Mail, m => m.To == "dtn@dtn.example");
    }

    private static async Task AssertNotifiedAsync(MailFactory factory, string user, string title, string link, string mail)
    {
        var notified = await factory.WithDbAsync(db => db.Notifications.AsNoTracking()
            .Where(n => db.Users.Any(u => u.Id == n.UserId && u.UserName == user) && n.Title == title).ToListAsync());
        Assert.Equal(link, Assert.Single(notified).Link);
        var sent = Assert.Single(factory.Mail, m => m.To == mail && m.Subject == title);
        Assert.Contains(Portal + link, sent.Body, StringComparison.Ordinal);
    }

    /// <summary>SMTP configured (with the portal's address for links), the mail captured instead of sent.</summary>
    private sealed class MailFactory : PortalFactory
    {
        private readonly ConcurrentQueue<(string To, string Subject, string Body)> mail = new();

        public IReadOnlyList<(string To, string Subject, string Body)> Mail => [.. mail];

        protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
        {
            ["Smtp:Host"] = "mail.invalid",
            ["Portal:PublicBaseUrl"] = Portal + "/",
        };

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.AddSingleton<IEmailSender>(new CapturingSender(mail)));
        }
    }

    private sealed class CapturingSender(ConcurrentQueue<(string, string, string)> mail) : IEmailSender
    {
        public Task SendAsync(string recipient, string subject, string body, CancellationToken ct = default)
        {
            mail.Enqueue((recipient, subject, body));
            return Task.CompletedTask;
        }
    }
}
