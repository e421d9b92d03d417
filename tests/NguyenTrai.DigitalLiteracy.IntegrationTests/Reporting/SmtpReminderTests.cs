using Microsoft.EntityFrameworkCore;
using NguyenTrai.DigitalLiteracy.TestSupport;

namespace NguyenTrai.DigitalLiteracy.IntegrationTests.Reporting;

/// <summary>With an SMTP host configured but unreachable, reminders still work in-app: e-mail is a courtesy.</summary>
public sealed class SmtpReminderTests
{
    private sealed class UnreachableSmtpFactory : PortalFactory
    {
        protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
        {
            ["Smtp:Host"] = "127.0.0.1",
            ["Smtp:Port"] = "9",
        };
    }

    [Fact]
    public async Task Reminder_succeeds_and_notifies_in_app_when_the_mail_server_is_down()
    {
        using var factory = new UnreachableSmtpFactory();
        var periodId = await factory.PeriodIdAsync();
        await factory.WithDbAsync(db => db.Users.Where(u => u.UserName == "hpn.canbo").ExecuteUpdateAsync(s => s.SetProperty(u => u.Email, "hpn@example.invalid")));
        using var office = await factory.SignInAsync("vhxh");

        var page = await office.FollowAsync(await office.SubmitFormAsync($"/tinh-hinh-nop?periodId={periodId}", new Dictionary<string, string?>(), "form[action*=nhac-nho]"));

        Assert.Contains("Đã gửi nhắc nhở tới", page.FlashSuccess(), StringComparison.Ordinal);
        Assert.Equal(1, await factory.WithDbAsync(db => db.Notifications.CountAsync(n => n.Title.StartsWith("Nhắc nộp") && db.Users.Any(u => u.Id == n.UserId && u.UserName == "hpn.canbo"))));
    }
}
