using System.Globalization;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using NguyenTrai.DigitalLiteracy.Data;
using NguyenTrai.DigitalLiteracy.Domain.Entries;
using NguyenTrai.DigitalLiteracy.Domain.Periods;
using NguyenTrai.DigitalLiteracy.Domain.Reports;
using NguyenTrai.DigitalLiteracy.Domain.Targets;
using NguyenTrai.DigitalLiteracy.TestSupport;

namespace NguyenTrai.DigitalLiteracy.IntegrationTests.Dashboard;

/// <summary>
/// Every headline figure of the leadership home and every change shown beside it, against a computation that shares
/// nothing with the portal: whole rows loaded, the official rule (an approved report of the month whose window holds
/// the entry's date) and on-time (first sent no later than the deadline, ward time UTC+7) applied in memory.
/// The test clock is 25/11/2026: the running month is Tháng 12/2026, the last finished one Tháng 11/2026.
/// </summary>
public sealed class LeadershipHomeTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static readonly DateOnly Today = new(2026, 11, 25);

    [Fact]
    public async Task Every_kpi_its_target_and_both_changes_match_an_independent_computation()
    {
        var ward = await factory.WithDbAsync(Ward.LoadAsync);
        var year = new PeriodWindow(new DateOnly(2025, 12, 15), new DateOnly(2026, 12, 14));
        var lastYear = new PeriodWindow(new DateOnly(2024, 12, 15), new DateOnly(2025, 11, 25));
        var november = ward.Month(2026, 11);
        var october = ward.Month(2026, 10);
        Assert.True(ward.Count(lastYear, e => e is TrainingSession ? 1 : 0) > 0, "the demo data has last year's figures to compare with");
        using var client = await factory.SignInAsync("lanhdao");

        var page = await client.GetPageAsync("/");

        Assert.Contains("Phòng Văn hóa - Xã hội chưa đặt chỉ tiêu năm 2026", page.TextOf("[data-testid=targets-empty]"), StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("[data-testid=targets-empty] a")); // the link to /chi-tieu is the office's, not leadership's
        var measures = new Dictionary<string, Func<Entry, long>>
        {
            ["participants"] = e => e is TrainingSession t ? t.ParticipantsTotal : 0,
            ["sessions"] = e => e is TrainingSession ? 1 : 0,
            ["propaganda"] = e => e is PropagandaActivity ? 1 : 0,
            ["accounts"] = e => e is TrainingSession t ? t.AccountsCreated : 0,
            ["initiatives"] = e => e is Initiative ? 1 : 0,
        };
        foreach (var (key, measure) in measures)
        {
            var card = $"[data-kpi={key}]";
            Assert.Equal(ward.Count(year, measure), Value(page, $"{card} .stat-value"));
            AssertChange(page, card, "year", ward.Count(year, measure), ward.Count(lastYear, measure));
            AssertChange(page, card, "month", ward.Count(november.Window, measure), ward.Count(october.Window, measure));
            Assert.Equal("none", page.QuerySelector(card)!.QuerySelector("[data-target]")!.GetAttribute("data-target"));
        }

        Assert.Contains(ward.Count(year, e => e is Initiative { Status: InitiativeStatus.Selected } ? 1 : 0).ToString("N0", CultureInfo.GetCultureInfo("vi-VN")),
            page.TextOf("[data-kpi=initiatives] [data-note]"), StringComparison.Ordinal);
        Assert.Equal(ward.OnTimePercent(year), Value(page, "[data-kpi=ontime] .stat-value"));
        AssertChange(page, "[data-kpi=ontime]", "year", ward.OnTimePercent(year), ward.OnTimePercent(lastYear));
        AssertChange(page, "[data-kpi=ontime]", "month", ward.OnTimePercent(november.Window), ward.OnTimePercent(october.Window));
    }

    [Fact]
    public async Task Targets_show_progress_and_the_late_list_names_exactly_the_units_overdue_or_late()
    {
        var ward = await factory.WithDbAsync(Ward.LoadAsync);
        var year = new PeriodWindow(new DateOnly(2025, 12, 15), new DateOnly(2026, 12, 14));
        await factory.WithDbAsync(async db =>
        {
            db.Targets.Add(new Target { Year = 2026, Metric = TargetMetric.PeopleTrained, Value = 12_000 });
            db.Targets.Add(new Target { Year = 2026, Metric = TargetMetric.PropagandaActivities, Value = 300 });
            db.Targets.Add(new Target { Year = 2026, Metric = TargetMetric.TrainingSessions, Value = 50, UnitId = await db.Units.Select(u => u.Id).FirstAsync() });
            await db.SaveChangesAsync();
        });
        using var client = await factory.SignInAsync("lanhdao");

        var page = await client.GetPageAsync("/");
        await factory.WithDbAsync(db => db.Targets.ExecuteDeleteAsync()); // the other tests of this class see no targets

        Assert.Null(page.QuerySelector("[data-testid=targets-empty]"));
        var trained = ward.Count(year, e => e is TrainingSession t ? t.ParticipantsTotal : 0);
        Assert.Equal(Math.Round(trained * 100m / 12_000, 1), Value(page, "[data-kpi=participants] [data-target-percent]", "data-target-percent"));
        Assert.Equal(Math.Round(ward.Count(year, e => e is PropagandaActivity ? 1 : 0) * 100m / 300, 1), Value(page, "[data-kpi=propaganda] [data-target-percent]", "data-target-percent"));
        Assert.Equal("none", page.QuerySelector("[data-kpi=sessions] [data-target]")!.GetAttribute("data-target")); // a unit's target is not the ward's

        var watched = ward.Periods.Where(p => p.Kind == PeriodKind.Monthly && p.Deadline <= Today).MaxBy(p => p.Deadline)!;
        Assert.Contains(watched.Name, page.TextOf("#late-heading"), StringComparison.Ordinal);
        var expected = ward.Owed(watched).Where(o => o.Report?.FirstSubmittedAtUtc is not { } sent || LocalDate(sent) > watched.Deadline)
            .Select(o => o.UnitId).Order().ToList();
        var listed = page.QuerySelectorAll("[data-testid=late-list] [data-unit]").Select(li => int.Parse(li.GetAttribute("data-unit")!, CultureInfo.InvariantCulture)).Order().ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, listed);
        var names = page.QuerySelectorAll("[data-testid=late-list] li[data-timing=Overdue] > span:first-child").Select(s => s.TextContent.Trim()).ToList();
        Assert.Equal(names.Order(StringComparer.Create(CultureInfo.GetCultureInfo("vi-VN"), false)), names);
    }

    [Fact]
    public async Task The_running_month_is_marked_on_the_trend_and_no_later_month_is_drawn()
    {
        using var client = await factory.SignInAsync("lanhdao");

        var page = await client.GetPageAsync("/");

        var canvas = page.QuerySelector("canvas[data-chart=line]")!;
        Assert.Equal("11", canvas.GetAttribute("data-unfinished-index")); // Tháng 12/2026 is the 12th point
        Assert.Contains("Tháng 12/2026 đang diễn ra", page.TextOf("[data-testid=unfinished-note]"), StringComparison.Ordinal);
        Assert.EndsWith("(đang diễn ra)", page.TextOf("[data-testid=month-table] tr[data-month='202612'] th"), StringComparison.Ordinal);

        factory.Clock.AdjustTime(new DateTimeOffset(2026, 8, 20, 3, 0, 0, TimeSpan.Zero)); // Tháng 09/2026 runs
        using var august = await factory.SignInAsync("lanhdao");
        var earlier = await august.GetPageAsync("/");
        var series = System.Text.Json.JsonDocument.Parse(earlier.QuerySelector("canvas[data-chart=line]")!.GetAttribute("data-series")!);
        Assert.Equal("8", earlier.QuerySelector("canvas[data-chart=line]")!.GetAttribute("data-unfinished-index"));
        Assert.All(series.RootElement.EnumerateArray(), s =>
        {
            var points = s.GetProperty("data").EnumerateArray().ToList();
            Assert.All(points.Skip(9), p => Assert.Equal(System.Text.Json.JsonValueKind.Null, p.ValueKind));
            Assert.All(points.Take(9), p => Assert.Equal(System.Text.Json.JsonValueKind.Number, p.ValueKind));
        });
        factory.Clock.AdjustTime(PortalFactory.DefaultNow);
    }

    private static void AssertChange(IDocument page, string card, string kind, decimal? current, decimal? previous)
    {
        var line = page.QuerySelector($"{card} [data-change={kind}]") ?? throw new InvalidOperationException($"{card} has no {kind} change");
        Assert.Equal(current, Attr(line, "data-current"));
        Assert.Equal(previous, Attr(line, "data-previous"));
        Assert.Equal(current - previous, Attr(line, "data-delta"));
        var words = current > previous ? "tăng" : current < previous ? "giảm" : "không đổi";
        Assert.Contains(words, line.TextContent, StringComparison.Ordinal);
    }

    private static decimal? Attr(IElement e, string name) =>
        e.GetAttribute(name) is { Length: > 0 } v ? decimal.Parse(v, CultureInfo.InvariantCulture) : null;

    private static decimal? Value(IDocument page, string selector, string attribute = "data-value") =>
        Attr(page.QuerySelector(selector) ?? throw new InvalidOperationException($"Nothing matches {selector}"), attribute);

    private static DateOnly LocalDate(DateTime utc) => DateOnly.FromDateTime(utc.AddHours(7));

    private sealed record Owing(int UnitId, UnitReport? Report, ReportingPeriod Period);

    /// <summary>The ward's rows, loaded whole; the rules restated here in the plainest way.</summary>
    private sealed class Ward
    {
        public required List<Entry> Entries { get; init; }
        public required List<UnitReport> Reports { get; init; }
        public required List<ReportingPeriod> Periods { get; init; }
        public required List<Domain.Units.Unit> Units { get; init; }

        public static async Task<Ward> LoadAsync(AppDbContext db) => new()
        {
            Entries = await db.Entries.AsNoTracking().ToListAsync(),
            Reports = await db.UnitReports.AsNoTracking().ToListAsync(),
            Periods = await db.ReportingPeriods.AsNoTracking().ToListAsync(),
            Units = await db.Units.AsNoTracking().ToListAsync(),
        };

        public ReportingPeriod Month(int year, int number) => Periods.Single(p => p.Kind == PeriodKind.Monthly && p.Year == year && p.Number == number);

        private IEnumerable<ReportingPeriod> Months => Periods.Where(p => p.Kind == PeriodKind.Monthly);

        /// <summary>Entries dated in the window whose unit's report for the month holding that date is approved.</summary>
        public long Count(PeriodWindow window, Func<Entry, long> measure) => Entries
            .Where(e => window.Contains(e.Date))
            .Where(e => Reports.Any(r => r.UnitId == e.UnitId && r.Status == UnitReportStatus.Approved
                && Months.Any(m => m.Id == r.ReportingPeriodId && m.StartDate <= e.Date && e.Date <= m.EndDate)))
            .Sum(measure);

        /// <summary>Reports owed for a month: units that report, open from its first day to its last.</summary>
        public IEnumerable<Owing> Owed(ReportingPeriod month) => Units
            .Where(u => u.SubmitsReports && u.ActiveFrom <= month.StartDate && (u.ActiveTo is null || u.ActiveTo >= month.EndDate))
            .Select(u => new Owing(u.Id, Reports.FirstOrDefault(r => r.UnitId == u.Id && r.ReportingPeriodId == month.Id), month));

        /// <summary>Sent by the deadline, over reports already due, for the monthly periods overlapping the window.</summary>
        public decimal? OnTimePercent(PeriodWindow window)
        {
            var due = Months.Where(m => m.StartDate <= window.End && m.EndDate >= window.Start && m.Deadline <= Today).SelectMany(Owed).ToList();
            var onTime = due.Count(o => o.Report?.FirstSubmittedAtUtc is { } sent && LocalDate(sent) <= o.Period.Deadline);
            return due.Count == 0 ? null : Math.Round(onTime * 100m / due.Count, 1);
        }
    }
}
