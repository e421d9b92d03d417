using NguyenTrai.DigitalLiteracy.Domain.Periods;
using NguyenTrai.DigitalLiteracy.Reporting.Figures;
using NguyenTrai.DigitalLiteracy.Reporting.Rules;

namespace NguyenTrai.DigitalLiteracy.Web.Features.Dashboard;

/// <summary>Shapes the Reporting module's figures into the dashboard's view model; it computes nothing itself.</summary>
public sealed class DashboardLoader(FiguresQuery figures, TargetsQuery targets)
{
    public async Task<DashboardData> LoadAsync(ReportingReference reference, FiguresScope scope, int year, CancellationToken ct = default)
    {
        var window = await figures.LoadAsync(reference, scope, ct);
        var byMonth = await figures.ByAsync(reference, scope.WithWindow(Decree09Calendar.Annual(year)), Grain.Month, ct);
        var units = window.ByUnit
            .Select(u => new UnitRow(u.Key, reference.UnitName(u.Key), u.Value.Totals))
            .OrderByDescending(r => r.Figures.Participants).ThenByDescending(r => r.Figures.Propaganda)
            .ThenBy(r => r.UnitName, ReportingReference.VietnameseOrder)
            .ToList();
        var months = Enumerable.Range(1, 12).Select(m => (year * 100) + m)
            .Select(m => new MonthRow(m, (byMonth.GetValueOrDefault(m) ?? FigureSet.Empty).Totals))
            .ToList();
        var data = new DashboardData(window, year, units, months, await TargetsOfScopeAsync(reference, scope, year, ct), await targets.AdultPopulationAsync(ct));
        return data.WithYearTotals(FigureSet.Sum(byMonth.Values).Totals);
    }

    /// <summary>The scope's own targets: the unit's (or ward-wide), the movement's (or general); none for a kind of unit.</summary>
    private async Task<IReadOnlyList<TargetProgress>> TargetsOfScopeAsync(ReportingReference reference, FiguresScope scope, int year, CancellationToken ct)
    {
        if (scope.UnitKind is not null && scope.UnitId is null || scope.CampaignIds is { Count: > 1 })
        {
            return [];
        }

        var campaign = scope.CampaignIds is [var only] ? only : (int?)null;
        return [.. (await targets.ForYearAsync(reference, year, ct))
            .Where(t => t.UnitId == scope.UnitId && t.CampaignId == campaign)
            .OrderBy(t => t.Metric)];
    }
}
