using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using NguyenTrai.DigitalLiteracy.Domain.Entries;
using NguyenTrai.DigitalLiteracy.IntegrationTests.Reporting;
using NguyenTrai.DigitalLiteracy.TestSupport;

namespace NguyenTrai.DigitalLiteracy.IntegrationTests.Hardening;

/// <summary>
/// The attack of the issue: three imports of 1,000 rows with 1,000,000 participants each. The import now
/// refuses such rows, and rows already stored (from before the limits) no longer break the office's pages.
/// </summary>
public sealed class LargeFiguresTests
{
    private static readonly CultureInfo Vi = CultureInfo.GetCultureInfo("vi-VN");

    [Fact]
    public async Task Three_thousand_sessions_of_a_million_people_sum_in_64_bits_on_the_lists_the_report_and_the_review()
    {
        using var factory = new PortalFactory();
        var periodId = await factory.PeriodIdAsync();
        var hpn = await factory.UnitIdAsync("HPN");
        var expected = await factory.WithDbAsync(async db =>
        {
            for (var i = 0; i < 3_000; i++)
            {
                db.Entries.Add(new TrainingSession
                {
                    UnitId = hpn, Title = $"Nhập cũ {i}", Date = new DateOnly(2026, 11, 20), Format = TrainingFormat.Class,
                    Platforms = DigitalPlatforms.VNeID, ParticipantsTotal = 1_000_000, ParticipantsWomen = 1_000_000,
                    ParticipantsAged60Plus = 1_000_000, AccountsCreated = 1_000_000, Completions = 1_000_000,
                    CreatedAtUtc = DateTime.UtcNow, CreatedById = "legacy",
                });
            }

            await db.SaveChangesAsync();
            var window = await db.ReportingPeriods.Where(p => p.Id == periodId).Select(p => new { p.StartDate, p.EndDate }).SingleAsync();
            return await db.TrainingSessions.Where(e => e.UnitId == hpn && e.Date >= window.StartDate && e.Date <= window.EndDate)
                .SumAsync(e => (long)e.ParticipantsTotal);
        });
        Assert.True(expected > int.MaxValue);
        using var staff = await factory.SignInAsync("hpn.canbo");
        using var office = await factory.SignInAsync("vhxh");

        var list = await office.GetPageAsync("/hoat-dong/lop-hoc?Q=" + Uri.EscapeDataString("Nhập cũ"));
        var totals = list.QuerySelectorAll(".stat-card").Select(c => c.TextContent.Trim()).ToList();
        Assert.Contains(totals, t => t.StartsWith("Lượt người tham gia", StringComparison.Ordinal) && t.EndsWith(3_000_000_000L.ToString("N0", Vi), StringComparison.Ordinal));

        await staff.SubmitReportAsync(periodId);
        var reportId = await factory.WithDbAsync(db => db.UnitReports.Where(r => r.UnitId == hpn && r.ReportingPeriodId == periodId).Select(r => r.Id).SingleAsync());
        foreach (var page in new[] { await staff.GetPageAsync($"/bao-cao-don-vi/{periodId}"), await office.GetPageAsync($"/duyet-bao-cao/{reportId}") })
        {
            Assert.StartsWith(expected.ToString("N0", Vi) + " (nữ", page.TextOf("[data-total=participants]"), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_import_refuses_a_million_participants_in_one_session()
    {
        using var factory = new PortalFactory();
        using var staff = await factory.SignInAsync("hpn.canbo");
        var rows = Enumerable.Range(1, 1_000).Select(i => ExcelImport.ImportFiles.TrainingRow($"Một triệu người {i}", "20/11/2026", total: 1_000_000, women: 0, aged60: 0)).ToList();

        var page = await ExcelImport.ImportFiles.UploadAsync(staff, "lop-hoc", ExcelImport.ImportFiles.Workbook(rows));

        var errors = ExcelImport.ImportFiles.Errors(page);
        Assert.Equal(1_000, errors.Count(e => e.Column == "Tổng số người tham gia" && e.Message.StartsWith("Tổng số người tham gia phải từ 0 đến 5.000", StringComparison.Ordinal)));
        Assert.Null(page.QuerySelector("[data-testid=import-confirm]"));
        Assert.Equal(0, await factory.WithDbAsync(db => db.Entries.CountAsync(e => e.Title.StartsWith("Một triệu người"))));
    }

    [Fact]
    public async Task An_unusual_value_is_flagged_to_the_office_and_not_to_other_readers()
    {
        using var factory = new PortalFactory();
        var hpn = await factory.UnitIdAsync("HPN");
        var id = await factory.WithDbAsync(async db =>
        {
            var entry = new TrainingSession
            {
                UnitId = hpn, Title = "Buổi đông bất thường", Date = new DateOnly(2026, 11, 20), Format = TrainingFormat.Class,
                Platforms = DigitalPlatforms.VNeID, ParticipantsTotal = 4_000, CreatedAtUtc = DateTime.UtcNow, CreatedById = "x",
            };
            db.Entries.Add(entry);
            await db.SaveChangesAsync();
            return entry.Id;
        });
        using var office = await factory.SignInAsync("vhxh");
        using var staff = await factory.SignInAsync("hpn.canbo");

        var details = await office.GetPageAsync($"/hoat-dong/lop-hoc/{id}");
        Assert.Contains("Giá trị bất thường, cần kiểm tra", details.TextOf("[data-testid=unusual-value]"), StringComparison.Ordinal);
        Assert.Contains("Tổng số người tham gia", details.TextOf("[data-testid=unusual-value]"), StringComparison.Ordinal);
        var list = await office.GetPageAsync("/hoat-dong/lop-hoc?Q=" + Uri.EscapeDataString("Buổi đông bất thường"));
        Assert.NotNull(list.QuerySelector($"tr[data-entry-id='{id}'] [data-testid=unusual-value]"));
        Assert.Null((await staff.GetPageAsync($"/hoat-dong/lop-hoc/{id}")).QuerySelector("[data-testid=unusual-value]"));

        var ordinary = await factory.WithDbAsync(db => db.TrainingSessions.Where(e => e.UnitId == hpn && e.ParticipantsTotal < 100).Select(e => e.Id).FirstAsync());
        Assert.Null((await office.GetPageAsync($"/hoat-dong/lop-hoc/{ordinary}")).QuerySelector("[data-testid=unusual-value]"));
        Assert.Equal(HttpStatusCode.OK, (await office.GetAsync($"/hoat-dong/lop-hoc/{ordinary}")).StatusCode);
    }
}
