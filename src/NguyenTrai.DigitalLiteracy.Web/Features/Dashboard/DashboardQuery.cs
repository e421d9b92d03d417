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
        // One grouped query over the window gives the units, the channels and the initiative statuses: each group is
        // one unit's entries of one channel (propaganda), one status (initiatives) or neither (the other types), so
        // every figure is a sum of groups. A few thousand rows at city scale instead of three scans of the window.
        var slices = await SumBy(CountedEntries.Query(db, scope, scope.Window)
            .GroupBy(e => new
            {
                e.UnitId,
                Channel = e is PropagandaActivity ? (PropagandaChannel?)((PropagandaActivity)e).Channel : null,
                Status = e is Initiative ? (InitiativeStatus?)((Initiative)e).Status : null,
            }))
            .ToListAsync(ct);
        var byUnit = slices.GroupBy(s => s.Key.UnitId, s => s.Figures).Select(g => (g.Key, Figures: Figures.Sum(g))).ToList();
        var channels = slices.Where(s => s.Key.Channel is not null).GroupBy(s => s.Key.Channel!.Value, s => s.Figures)
            .Select(g => new ChannelRow(g.Key, g.Sum(f => f.Propaganda), g.Sum(f => f.PropagandaQuantity), g.Sum(f => f.PropagandaReach)))
            .ToList();
        var statuses = slices.Where(s => s.Key.Status is not null).GroupBy(s => s.Key.Status!.Value, s => s.Figures)
            .Select(g => new StatusRow(g.Key, g.Sum(f => f.Initiatives)))
            .ToList();

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

    /// <summary>The grouped sums for any key, anonymous ones included (the key type is inferred).</summary>
    private static IQueryable<Keyed<TKey>> SumBy<TKey>(IQueryable<IGrouping<TKey, Entry>> groups) => groups.Select(Sums<TKey>());

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
            .Where(u => u.Code != Compliance.ComplianceQuery.ConsolidatingUnitCode)
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
