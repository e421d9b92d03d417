using System.Globalization;
using Microsoft.EntityFrameworkCore;
using NguyenTrai.DigitalLiteracy.Domain.Evidence;
using NguyenTrai.DigitalLiteracy.Domain.Reports;
using NguyenTrai.DigitalLiteracy.TestSupport;

namespace NguyenTrai.DigitalLiteracy.IntegrationTests.Reporting;

public sealed class ReportContentsTests
{
    private static readonly CultureInfo Vi = CultureInfo.GetCultureInfo("vi-VN");

    [Fact]
    public async Task Unit_and_office_see_the_periods_entries_totals_and_evidence()
    {
        using var factory = new PortalFactory();
        var hpn = await factory.UnitIdAsync("HPN");
        // The latest month in which the unit held sessions and has a report.
        var (periodId, start, end) = await factory.WithDbAsync(async db => (await db.ReportingPeriods.AsNoTracking()
            .Where(p => p.Kind == Domain.Periods.PeriodKind.Monthly && db.UnitReports.Any(r => r.UnitId == hpn && r.ReportingPeriodId == p.Id)
                && db.TrainingSessions.Any(e => e.UnitId == hpn && e.Date >= p.StartDate && e.Date <= p.EndDate))
            .OrderByDescending(p => p.StartDate).Select(p => new { p.Id, p.StartDate, p.EndDate }).FirstAsync()) is var p ? (p.Id, p.StartDate, p.EndDate) : default);
        var expected = await factory.WithDbAsync(async db =>
        {
            var training = db.TrainingSessions.Where(e => e.UnitId == hpn && e.Date >= start && e.Date <= end);
            var first = await training.OrderBy(e => e.Id).FirstAsync();
            first.Attachments.Add(new Attachment { Kind = AttachmentKind.Link, Url = "https://zalo.me/p/123", Caption = "Bài đăng Zalo lớp VNeID", UploadedById = "x", UploadedAtUtc = DateTime.UtcNow });
            await db.SaveChangesAsync();
            return new
            {
                Sessions = await training.CountAsync(),
                Participants = await training.SumAsync(e => e.ParticipantsTotal),
                Accounts = await training.SumAsync(e => e.AccountsCreated),
                Propaganda = await db.PropagandaActivities.CountAsync(e => e.UnitId == hpn && e.Date >= start && e.Date <= end),
                TrainingId = first.Id,
                AttachmentId = first.Attachments.Single().Id,
            };
        });
        Assert.True(expected.Sessions > 0);
        using var staff = await factory.SignInAsync("hpn.canbo");
        var reportId = await factory.WithDbAsync(db => db.UnitReports.Where(r => r.UnitId == hpn && r.ReportingPeriodId == periodId).Select(r => r.Id).SingleAsync());
        using var office = await factory.SignInAsync("vhxh");

        foreach (var page in new[] { await staff.GetPageAsync($"/bao-cao-don-vi/{periodId}"), await office.GetPageAsync($"/duyet-bao-cao/{reportId}") })
        {
            Assert.Equal(expected.Sessions.ToString("N0", Vi), page.TextOf("[data-total=training]"));
            Assert.StartsWith(expected.Participants.ToString("N0", Vi) + " (nữ", page.TextOf("[data-total=participants]"), StringComparison.Ordinal);
            Assert.Equal(expected.Accounts.ToString("N0", Vi), page.TextOf("[data-total=accounts]"));
            Assert.StartsWith(expected.Propaganda.ToString("N0", Vi) + " hoạt động", page.TextOf("[data-total=propaganda]"), StringComparison.Ordinal);
            Assert.Equal(expected.Sessions, page.QuerySelectorAll("[data-testid=entries-lop-hoc] > li").Length);
            Assert.NotNull(page.QuerySelector($"a[href='/hoat-dong/lop-hoc/{expected.TrainingId}']"));
            // A link opens the post itself (the download address serves files only).
            Assert.Equal("Bài đăng Zalo lớp VNeID", page.TextOf("a[href='https://zalo.me/p/123']"));
        }
    }

    [Fact]
    public async Task Returned_reason_is_shown_prominently_to_the_unit()
    {
        using var factory = new PortalFactory();
        var periodId = await factory.PeriodIdAsync();
        using var staff = await factory.SignInAsync("hpn.canbo");
        await staff.SubmitReportAsync(periodId);
        await factory.WithDbAsync(async db =>
        {
            var report = await db.UnitReports.SingleAsync(r => r.ReportingPeriodId == periodId && r.Unit!.Code == "HPN");
            report.Return(new ReportActor("office", "Trần Thị Hoa", DateTime.UtcNow), "Thiếu danh sách học viên");
            await db.SaveChangesAsync();
        });

        var page = await staff.GetPageAsync($"/bao-cao-don-vi/{periodId}");

        Assert.Contains("Thiếu danh sách học viên", page.TextOf("[role=alert][data-testid=return-reason]"), StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("[data-testid=narrative-form]"));
    }
}
