using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NguyenTrai.DigitalLiteracy.Domain.Common;
using NguyenTrai.DigitalLiteracy.Domain.Periods;
using NguyenTrai.DigitalLiteracy.Domain.Reports;
using NguyenTrai.DigitalLiteracy.Domain.Targets;
using NguyenTrai.DigitalLiteracy.IntegrationTests.Dashboard;
using NguyenTrai.DigitalLiteracy.IntegrationTests.Entries;
using NguyenTrai.DigitalLiteracy.IntegrationTests.Reporting;
using NguyenTrai.DigitalLiteracy.Reporting.Figures;
using NguyenTrai.DigitalLiteracy.TestSupport;

namespace NguyenTrai.DigitalLiteracy.IntegrationTests.UxStaff;

/// <summary>
/// "% người trưởng thành được hướng dẫn" counts attendances of people aged 18 or over, not attendances of all ages,
/// over the adult population, with the year's target line; sessions whose adults are unknown are said, not guessed.
/// Checked against <see cref="ExpectedFigures"/> (entities loaded whole, the official rule applied in memory).
/// </summary>
public sealed class AdultCoverageTests
{
    private static readonly CultureInfo Vi = CultureInfo.GetCultureInfo("vi-VN");

    [Fact]
    public async Task Coverage_counts_adults_over_the_adult_population_against_an_independent_computation()
    {
        using var factory = new PortalFactory();
        var annual = await factory.WithDbAsync(db => db.ReportingPeriods.SingleAsync(p => p.Kind == PeriodKind.Annual && p.Year == 2026));
        using var office = await factory.SignInAsync("vhxh");
        Assert.Equal(HttpStatusCode.Redirect, (await office.SubmitFormAsync("/chi-tieu?year=2026", new Dictionary<string, string?> { ["Population.AdultPopulation"] = "20000" }, "#population")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await office.SubmitFormAsync("/chi-tieu?year=2026", new Dictionary<string, string?>
        {
            ["NewTarget.Year"] = "2026", ["NewTarget.Metric"] = ((int)TargetMetric.AdultsTrained).ToString(CultureInfo.InvariantCulture), ["NewTarget.Value"] = "10000",
        }, "#new-target")).StatusCode);

        var before = await ExpectedAsync(factory, annual.Id);
        // The demo data holds sessions of every kind: known adults, fewer adults than people, unknown adults (before 15/03/2026).
        Assert.True(before.Unknown > 0 && before.Adults > 0 && before.Participants > before.Adults + before.Unknown);
        await AssertShownAsync(office, annual.Id, before);

        // A new session of 40 people, 25 of them adults, approved with the unit's month: 25 more adults, 40 more attendances.
        using var staff = await factory.SignInAsync("hpn.canbo");
        await staff.CreateAsync(EntryKind.Training, "Lớp VNeID cho học sinh và phụ huynh",
            ("ParticipantsTotal", "40"), ("ParticipantsAdults", "25"), ("ParticipantsWomen", "20"), ("ParticipantsAged60Plus", "5"));
        var periodId = await factory.PeriodIdAsync();
        var month = await factory.WithDbAsync(db => db.TrainingSessions.Where(t => t.Unit!.Code == "HPN" && t.ReportingMonth == 202612)
            .Select(t => new { t.ParticipantsTotal, t.ParticipantsAdults }).ToListAsync());
        await staff.SubmitReportAsync(periodId);
        var reportId = (await factory.ReportAsync("HPN", periodId))!.Id;
        await office.FollowAsync(await office.SubmitFormAsync($"/duyet-bao-cao/{reportId}", new Dictionary<string, string?>(), "[data-testid=approve-form]"));

        var after = await ExpectedAsync(factory, annual.Id);
        Assert.Equal(before.Adults + month.Sum(t => t.ParticipantsAdults ?? 0), after.Adults);
        Assert.Equal(before.Participants + month.Sum(t => t.ParticipantsTotal), after.Participants);
        Assert.Contains(month, t => t.ParticipantsTotal == 40 && t.ParticipantsAdults == 25);
        await AssertShownAsync(office, annual.Id, after);
    }

    [Fact]
    public async Task Reports_approved_before_the_adults_figures_existed_are_frozen_again_at_start_up()
    {
        using var factory = new PortalFactory();
        // An approved report as the previous release froze it: figure set version 2, no adults keys.
        var reportId = await factory.WithDbAsync(async db =>
        {
            var id = await db.ApprovedFigures.Where(f => f.Key == FigureKeys.TrainingAdults).Select(f => f.UnitReportId).FirstAsync();
            await db.ApprovedFigures.Where(f => f.UnitReportId == id && (f.Key == FigureKeys.TrainingAdults || f.Key == FigureKeys.TrainingAdultsUnknown)).ExecuteDeleteAsync();
            await db.ApprovedFigures.Where(f => f.UnitReportId == id && f.Key == FigureKeys.VersionKey).ExecuteUpdateAsync(s => s.SetProperty(f => f.Value, 2));
            return id;
        });

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            Assert.True(await scope.ServiceProvider.GetRequiredService<FrozenFiguresBackfill>().RunAsync() >= 1);
        }

        var (frozen, counted) = await factory.WithDbAsync(async db =>
        {
            var report = await db.UnitReports.AsNoTracking().Include(r => r.ReportingPeriod).SingleAsync(r => r.Id == reportId);
            var sessions = await db.TrainingSessions.AsNoTracking().Where(t => t.UnitId == report.UnitId && t.Date >= report.ReportingPeriod!.StartDate && t.Date <= report.ReportingPeriod.EndDate).ToListAsync();
            var rows = await db.ApprovedFigures.AsNoTracking().Where(f => f.UnitReportId == reportId).ToDictionaryAsync(f => f.Key, f => f.Value);
            return (rows, sessions);
        });
        Assert.Equal(FigureKeys.Version, frozen[FigureKeys.VersionKey]);
        Assert.Equal(counted.Sum(t => (long)(t.ParticipantsAdults ?? 0)), frozen.GetValueOrDefault(FigureKeys.TrainingAdults));
        Assert.Equal(counted.Where(t => t.ParticipantsAdults is null).Sum(t => (long)t.ParticipantsTotal), frozen.GetValueOrDefault(FigureKeys.TrainingAdultsUnknown));
    }

    private static async Task AssertShownAsync(PortalClient office, int annualId, Expected expected)
    {
        var percent = Target.Progress(expected.Adults, 20000)!.Value.ToString("N1", Vi) + "%";
        var dashboard = await office.GetPageAsync($"/tong-quan?PeriodId={annualId}");
        var row = dashboard.QuerySelector("tr[data-metric=AdultCoverage]")!;
        Assert.Equal(expected.Adults.ToString("N0", Vi), row.QuerySelector("[data-coverage=adults]")!.TextContent.Trim());
        Assert.Equal(percent, row.QuerySelector("[data-percent]")!.TextContent.Trim());
        Assert.Equal("50,0%", row.QuerySelector("[data-coverage=target]")!.TextContent.Trim());
        Assert.StartsWith(expected.Unknown.ToString("N0", Vi) + " lượt chưa rõ độ tuổi", row.QuerySelector("[data-testid=adults-unknown]")!.TextContent.Trim(), StringComparison.Ordinal);
        // Not the old KPI (attendances of all ages over the adult population).
        Assert.NotEqual(Target.Progress(expected.Participants, 20000)!.Value.ToString("N1", Vi) + "%", percent);
        Assert.Equal(expected.Adults, dashboard.Figure("adults"));

        var targets = await office.GetPageAsync("/chi-tieu?year=2026");
        Assert.Contains(percent, targets.TextOf("[data-testid=adults-trained]"), StringComparison.Ordinal);
        Assert.Contains("chỉ tiêu 50,0%", targets.TextOf("[data-testid=adults-trained]"), StringComparison.Ordinal);
        Assert.Contains(expected.Unknown.ToString("N0", Vi) + " lượt chưa rõ độ tuổi", targets.TextOf("[data-testid=adults-unknown]"), StringComparison.Ordinal);
        var target = targets.QuerySelectorAll("tr[data-target]").Single(tr => tr.TextContent.Contains(TargetMetric.AdultsTrained.Text(), StringComparison.Ordinal));
        Assert.Equal(expected.Adults.ToString("N0", Vi), target.QuerySelector("[data-col=actual]")!.TextContent.Trim());
    }

    private static async Task<Expected> ExpectedAsync(PortalFactory factory, int annualId)
    {
        var figures = await factory.WithDbAsync(db => ExpectedFigures.LoadAsync(db, annualId, null, null, null, false));
        var training = figures.Training.ToList();
        return new(training.Sum(t => (long)(t.ParticipantsAdults ?? 0)), training.Where(t => t.ParticipantsAdults is null).Sum(t => (long)t.ParticipantsTotal), training.Sum(t => (long)t.ParticipantsTotal));
    }

    private sealed record Expected(long Adults, long Unknown, long Participants);
}
