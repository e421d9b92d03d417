using System.Globalization;
using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using NguyenTrai.DigitalLiteracy.Data;
using NguyenTrai.DigitalLiteracy.Domain.Entries;
using NguyenTrai.DigitalLiteracy.Domain.Periods;
using NguyenTrai.DigitalLiteracy.Domain.Reports;
using NguyenTrai.DigitalLiteracy.Domain.Targets;

namespace NguyenTrai.DigitalLiteracy.Web.Features.Dashboard;

/// <summary>
/// Dashboard figures as SQL aggregates: a fixed set of grouped, no-tracking queries (by channel, by initiative
/// status, by unit, by month, report statuses, targets, one setting), whatever the number of units or entries.
/// </summary>
public sealed class DashboardQuery(AppDbContext db)
{
    public async Task<DashboardData> LoadAsync(DashboardScope scope, DashboardReference reference, CancellationToken ct = default)
    {
        var counted = CountedEntries.Query(db, scope, scope.Window);

        var channels = await counted.OfType<PropagandaActivity>()
            .GroupBy(p => p.Channel)
            .Select(g => new ChannelRow(g.Key, g.Count(), g.Sum(p => p.Quantity), g.Sum(p => p.EstimatedReach ?? 0)))
            .ToListAsync(ct);
        var statuses = await counted.OfType<Initiative>()
            .GroupBy(i => i.Status)
            .Select(g => new StatusRow(g.Key, g.Count()))
            .ToListAsync(ct);
        var byUnit = await counted.GroupBy(e => e.UnitId).Select(Sums<int>()).ToListAsync(ct);

        var year = Decree09Calendar.Annual(scope.Year);
        var byMonth = await CountedEntries.Query(db, scope, year).GroupBy(e => e.ReportingMonth).Select(Sums<int>()).ToListAsync(ct);

        var names = reference.Units.ToDictionary(u => u.Id, u => u.Name);
        var units = byUnit
            .Select(r => new UnitRow(r.Key, names.GetValueOrDefault(r.Key, "?"), r.Figures))
            .OrderByDescending(r => r.Figures.Participants).ThenByDescending(r => r.Figures.Propaganda).ThenBy(r => r.UnitName, StringComparer.Create(CultureInfo.GetCultureInfo("vi-VN"), false))
            .ToList();
        var months = Enumerable.Range(1, 12)
            .Select(m => (scope.Year * 100) + m)
            .Select(m => new MonthRow(m, byMonth.FirstOrDefault(r => r.Key == m)?.Figures ?? new Figures()))
            .ToList();
        var yearTotals = Figures.Sum(months.Select(m => m.Figures));

        return new DashboardData(
            scope,
            Figures.Sum(units.Select(u => u.Figures)),
            [.. Enum.GetValues<PropagandaChannel>().Select(c => channels.FirstOrDefault(r => r.Channel == c) ?? new ChannelRow(c, 0, 0, 0))],
            [.. Enum.GetValues<InitiativeStatus>().Select(s => statuses.FirstOrDefault(r => r.Status == s) ?? new StatusRow(s, 0))],
            units,
            months,
            yearTotals,
            await ComplianceAsync(scope, reference, ct),
            await TargetsAsync(scope, yearTotals, ct),
            await AdultPopulationAsync(db, ct));
    }

    public static async Task<int?> AdultPopulationAsync(AppDbContext db, CancellationToken ct = default)
    {
        var value = await db.WardSettings.AsNoTracking().Where(s => s.Key == WardSetting.AdultPopulation).Select(s => s.Value).FirstOrDefaultAsync(ct);
        return int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : null;
    }

    /// <summary>One grouped projection shared by the unit, month and target queries: conditional sums per entry type.</summary>
    internal static Expression<Func<IGrouping<TKey, Entry>, Keyed<TKey>>> Sums<TKey>() => g => new Keyed<TKey>
    {
        Key = g.Key,
        Figures = new Figures
        {
            Propaganda = g.Sum(e => e is PropagandaActivity ? 1 : 0),
            PropagandaQuantity = g.Sum(e => e is PropagandaActivity ? ((PropagandaActivity)e).Quantity : 0),
            PropagandaReach = g.Sum(e => e is PropagandaActivity ? ((PropagandaActivity)e).EstimatedReach ?? 0 : 0),
            Sessions = g.Sum(e => e is TrainingSession ? 1 : 0),
            Participants = g.Sum(e => e is TrainingSession ? ((TrainingSession)e).ParticipantsTotal : 0),
            Women = g.Sum(e => e is TrainingSession ? ((TrainingSession)e).ParticipantsWomen : 0),
            Aged60Plus = g.Sum(e => e is TrainingSession ? ((TrainingSession)e).ParticipantsAged60Plus : 0),
            Accounts = g.Sum(e => e is TrainingSession ? ((TrainingSession)e).AccountsCreated : 0),
            Completions = g.Sum(e => e is TrainingSession ? ((TrainingSession)e).Completions : 0),
            Initiatives = g.Sum(e => e is Initiative ? 1 : 0),
            Integrations = g.Sum(e => e is IntegrationActivity ? 1 : 0),
            IntegrationReach = g.Sum(e => e is IntegrationActivity ? ((IntegrationActivity)e).Reach ?? 0 : 0),
        },
    };

    private async Task<ComplianceSummary> ComplianceAsync(DashboardScope scope, DashboardReference reference, CancellationToken ct)
    {
        var months = reference.MonthlyIn(scope.Window).ToList();
        var units = reference.Units
            .Where(u => scope.UnitId is null || u.Id == scope.UnitId)
            .Where(u => scope.UnitKind is null || u.Kind == scope.UnitKind)
            .ToList();
        var expected = months.Sum(m => units.Count(u => u.IsExpectedToReport(m.Window)));
        var periodIds = months.Select(m => m.Id).ToList();
        var unitIds = units.Select(u => u.Id).ToList();
        var counts = await db.UnitReports.AsNoTracking()
            .Where(r => periodIds.Contains(r.ReportingPeriodId) && unitIds.Contains(r.UnitId))
            .GroupBy(r => r.Status)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToListAsync(ct);
        int Count(UnitReportStatus s) => counts.FirstOrDefault(c => c.Key == s)?.Count ?? 0;
        return new(expected, Count(UnitReportStatus.Submitted) + Count(UnitReportStatus.Approved), Count(UnitReportStatus.Approved), Count(UnitReportStatus.Returned));
    }

    /// <summary>Yearly targets of the scope (the unit's, or ward-wide; the campaign's, or general) against the year's figures.</summary>
    private async Task<IReadOnlyList<TargetProgress>> TargetsAsync(DashboardScope scope, Figures year, CancellationToken ct)
    {
        if (scope.UnitKind is not null && scope.UnitId is null)
        {
            return []; // ward-wide targets do not apply to a subset of units
        }

        var targets = await db.Targets.AsNoTracking()
            .Where(t => t.Year == scope.Year && t.UnitId == scope.UnitId && t.CampaignId == scope.CampaignId)
            .OrderBy(t => t.Metric)
            .Select(t => new { t.Metric, t.Value })
            .ToListAsync(ct);
        return [.. targets.Select(t => new TargetProgress(t.Metric, t.Value, year.Of(t.Metric)))];
    }
}
