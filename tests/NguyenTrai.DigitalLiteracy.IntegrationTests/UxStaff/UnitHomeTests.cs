using System.Globalization;
using Microsoft.EntityFrameworkCore;
using NguyenTrai.DigitalLiteracy.Domain.Entries;
using NguyenTrai.DigitalLiteracy.Domain.Reports;
using NguyenTrai.DigitalLiteracy.IntegrationTests.Entries;
using NguyenTrai.DigitalLiteracy.IntegrationTests.Reporting;
using NguyenTrai.DigitalLiteracy.TestSupport;

namespace NguyenTrai.DigitalLiteracy.IntegrationTests.UxStaff;

/// <summary>The unit's home is a to-do list: the report's state as one button, ways to record, and what was entered beside what is official.</summary>
public sealed class UnitHomeTests
{
    private static readonly CultureInfo Vi = CultureInfo.GetCultureInfo("vi-VN");

    [Fact]
    public async Task The_home_leads_through_each_state_of_the_current_report_and_shows_what_was_entered()
    {
        using var factory = new PortalFactory();
        var periodId = await factory.PeriodIdAsync();
        using var staff = await factory.SignInAsync("hpn.canbo");
        await staff.CreateAsync(Entries.EntryKind.Training, "Lớp VNeID tháng này");
        await staff.CreateAsync(Entries.EntryKind.Propaganda, "Phát thanh tháng này");

        var fresh = await staff.GetPageAsync("/");
        Assert.Equal("Lập báo cáo", fresh.TextOf("[data-testid=report-action]"));
        Assert.Equal($"/bao-cao-don-vi/{periodId}", fresh.QuerySelector("[data-testid=report-action]")!.GetAttribute("href"));
        Assert.Equal("Chưa lập báo cáo", fresh.TextOf("[data-testid=report-status]"));
        Assert.Null(fresh.QuerySelector("[data-testid=submit-window]")); // the tests open sending a month ahead
        Assert.Equal(["/hoat-dong/lop-hoc/tao-moi", "/hoat-dong/tuyen-truyen/tao-moi", "/hoat-dong/sang-kien/tao-moi", "/hoat-dong/long-ghep/tao-moi", "/nhap-excel"],
            fresh.QuerySelectorAll("[data-testid=quick-actions] a").Select(a => a.GetAttribute("href")));
        Assert.Contains("Thêm lớp học", fresh.TextOf("[data-testid=quick-actions]"), StringComparison.Ordinal);
        Assert.Contains("Thêm tuyên truyền", fresh.TextOf("[data-testid=quick-actions]"), StringComparison.Ordinal);

        // Entered this month, counted here from the rows: what the home shows as entered, while nothing is official yet.
        var month = await factory.WithDbAsync(async db => (
            Sessions: await db.TrainingSessions.CountAsync(t => t.Unit!.Code == "HPN" && t.ReportingMonth == 202612),
            Participants: await db.TrainingSessions.Where(t => t.Unit!.Code == "HPN" && t.ReportingMonth == 202612).SumAsync(t => t.ParticipantsTotal),
            Propaganda: await db.PropagandaActivities.CountAsync(t => t.Unit!.Code == "HPN" && t.ReportingMonth == 202612)));
        Assert.True(month.Propaganda > 0);
        Assert.Equal("Đã nhập trong kỳ (chưa duyệt)", fresh.TextOf("[data-testid=entered-heading]"));
        Assert.Equal(month.Propaganda.ToString("N0", Vi), Entered(fresh, "propaganda"));
        Assert.Equal(month.Sessions.ToString("N0", Vi), Entered(fresh, "sessions"));
        Assert.Equal(month.Participants.ToString("N0", Vi), Entered(fresh, "participants"));
        Assert.Equal("0", Official(fresh, "propaganda"));

        await staff.SubmitReportAsync(periodId);
        var sent = await staff.GetPageAsync("/");
        Assert.Equal("Đã gửi, chờ duyệt", sent.TextOf("[data-testid=report-action]"));
        Assert.Equal(month.Propaganda.ToString("N0", Vi), Entered(sent, "propaganda"));

        await factory.WithDbAsync(async db =>
        {
            var report = await db.UnitReports.Include(r => r.History).SingleAsync(r => r.ReportingPeriodId == periodId && r.Unit!.Code == "HPN");
            report.Return(new ReportActor("x", "Trần Thị Hoa", DateTime.UtcNow), "Thiếu ảnh lớp học ngày 20/11.");
            await db.SaveChangesAsync();
        });
        var returned = await staff.GetPageAsync("/");
        var action = returned.QuerySelector("[data-testid=report-action]")!;
        Assert.Equal("Sửa và gửi lại", action.TextContent.Trim());
        Assert.Contains("btn-danger", action.ClassList);
        Assert.Contains("Thiếu ảnh lớp học ngày 20/11.", returned.TextOf("[data-testid=home-return-reason]"), StringComparison.Ordinal);

        await staff.SubmitReportAsync(periodId, "Đã bổ sung ảnh.");
        using var office = await factory.SignInAsync("vhxh");
        var reportId = (await factory.ReportAsync("HPN", periodId))!.Id;
        await office.SubmitFormAsync($"/duyet-bao-cao/{reportId}", new Dictionary<string, string?>(), "[data-testid=approve-form]");
        var approved = await staff.GetPageAsync("/");
        Assert.Equal("Đã phê duyệt", approved.TextOf("[data-testid=report-action]"));
        Assert.Equal("Đã nhập trong kỳ (đã duyệt)", approved.TextOf("[data-testid=entered-heading]"));
        Assert.Equal(month.Propaganda.ToString("N0", Vi), Official(approved, "propaganda"));
        Assert.Equal(Entered(approved, "participants"), Official(approved, "participants"));

        // The approval notified the unit; the home says so in the page (on a phone the bell is in the collapsed menu).
        var unread = await factory.WithDbAsync(db => db.Notifications.CountAsync(n => n.ReadAtUtc == null && db.Users.Any(u => u.Id == n.UserId && u.UserName == "hpn.canbo")));
        Assert.True(unread > 0);
        Assert.Equal($"Bạn có {unread.ToString("N0", Vi)} thông báo chưa đọc", approved.TextOf("[data-testid=home-notifications]"));
        Assert.Equal("/thong-bao", approved.QuerySelector("[data-testid=home-notifications] a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Before_the_sending_window_opens_the_home_says_when_it_will()
    {
        using var factory = new ProductWindowFactory();
        using var staff = await factory.SignInAsync("hpn.canbo");

        var page = await staff.GetPageAsync("/");

        // Tháng 12/2026 ends 14/12/2026; at 25/11/2026 it has 19 days left, sending opens 11/12/2026 (3 days before).
        Assert.Equal("Lập báo cáo", page.TextOf("[data-testid=report-action]"));
        Assert.Equal("Kỳ chưa kết thúc (còn 19 ngày). Báo cáo được gửi từ ngày 11/12/2026; trong lúc chờ, đơn vị tiếp tục nhập hoạt động và lưu nháp.", page.TextOf("[data-testid=submit-window]"));
    }

    private static string Entered(AngleSharp.Dom.IDocument page, string key) => page.TextOf($"[data-testid=current-figures] tr[data-row='{key}'] td[data-entered]");

    private static string Official(AngleSharp.Dom.IDocument page, string key) =>
        page.QuerySelector($"[data-testid=current-figures] tr[data-row='{key}'] a[data-official]")!.GetAttribute("data-official") is { } v ? long.Parse(v, CultureInfo.InvariantCulture).ToString("N0", Vi) : "";

    /// <summary>The product's sending window (3 days before the month ends), not the tests' month-ahead setting.</summary>
    private sealed class ProductWindowFactory : PortalFactory
    {
        protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?> { ["Reporting:SubmissionOpensDaysBeforeEnd"] = "3" };
    }
}
