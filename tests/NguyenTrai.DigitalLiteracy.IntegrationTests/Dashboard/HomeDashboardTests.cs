using Microsoft.EntityFrameworkCore;
using NguyenTrai.DigitalLiteracy.Domain.Consolidation;
using NguyenTrai.DigitalLiteracy.Domain.Periods;
using NguyenTrai.DigitalLiteracy.TestSupport;

namespace NguyenTrai.DigitalLiteracy.IntegrationTests.Dashboard;

public sealed class HomeDashboardTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Leadership_home_shows_the_year_to_date_the_running_month_and_issued_reports()
    {
        var (current, annual) = await factory.WithDbAsync(async db => (
            await db.ReportingPeriods.SingleAsync(p => p.Kind == PeriodKind.Monthly && p.Year == 2026 && p.Number == 12),
            await db.ReportingPeriods.SingleAsync(p => p.Kind == PeriodKind.Annual && p.Year == 2026)));
        var year = await factory.WithDbAsync(db => ExpectedFigures.LoadAsync(db, annual.Id, null, null, null, false));
        using var client = await factory.SignInAsync("lanhdao");

        var empty = await client.GetPageAsync("/");

        Assert.Equal("Lãnh đạo UBND phường", empty.TextOf("[data-testid=home-heading]"));
        Assert.Contains(current.Name, empty.TextOf("[data-testid=unfinished-note]"), StringComparison.Ordinal);
        Assert.Equal(year.Training.Sum(t => t.ParticipantsTotal), empty.Number("[data-kpi=participants] .stat-value"));
        Assert.Equal("Chưa có báo cáo nào được ban hành.", empty.TextOf("[data-testid=issued-empty]"));

        await factory.WithDbAsync(async db =>
        {
            var report = new ConsolidatedReport { Subject = "Kết quả triển khai Bình dân học vụ số năm 2026", WindowStart = annual.StartDate, WindowEnd = annual.EndDate, CreatedById = "x" };
            report.Issues.Add(new IssuedReport { Version = 1, Sequence = 15, Year = 2026, Number = "15/BC-VHXH", IssueDate = new DateOnly(2026, 11, 20), IssuedById = "x", PdfSha256 = new string('a', 64) });
            db.ConsolidatedReports.Add(report);
            await db.SaveChangesAsync();
        });
        var withReport = await client.GetPageAsync("/");

        Assert.Contains("15/BC-VHXH", withReport.TextOf("[data-testid=issued-list]"), StringComparison.Ordinal);
        Assert.Contains("20/11/2026", withReport.TextOf("[data-testid=issued-list]"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Office_home_shows_year_figures_and_links_to_the_dashboard()
    {
        var annual = await factory.WithDbAsync(db => db.ReportingPeriods.SingleAsync(p => p.Kind == PeriodKind.Annual && p.Year == 2026));
        var year = await factory.WithDbAsync(db => ExpectedFigures.LoadAsync(db, annual.Id, null, null, null, false));
        using var client = await factory.SignInAsync("vhxh");

        var page = await client.GetPageAsync("/");

        Assert.Equal("Phòng Văn hóa - Xã hội", page.TextOf("[data-testid=home-heading]"));
        Assert.Equal(year.Propaganda.Count(), page.Figure("propaganda"));
        Assert.NotNull(page.QuerySelector("main a[href='/tong-quan']"));
        Assert.NotNull(page.QuerySelector("nav a[href='/chi-tieu']"));
    }
}
