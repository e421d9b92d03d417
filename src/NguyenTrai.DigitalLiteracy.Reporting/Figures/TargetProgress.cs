using System.Globalization;
using Microsoft.EntityFrameworkCore;
using NguyenTrai.DigitalLiteracy.Data;
using NguyenTrai.DigitalLiteracy.Domain.Periods;
using NguyenTrai.DigitalLiteracy.Domain.Targets;
using NguyenTrai.DigitalLiteracy.Reporting.Rules;

namespace NguyenTrai.DigitalLiteracy.Reporting.Figures;

public sealed record TargetProgress(int Id, TargetMetric Metric, int? UnitId, int? CampaignId, long Value, long Actual)
{
    public decimal? Percent => Target.Progress(Actual, Value);

    /// <summary>Bar width for data-width, capped at 100%.</summary>
    public string BarWidth => $"{Math.Min(100m, Percent ?? 0m).ToString("0.#", CultureInfo.InvariantCulture)}%";
}

/// <summary>
/// Yearly targets against the year's official figures (the annual Decree 09 window 15/12 - 14/12), for the ward
/// or a unit, optionally a movement: the same figures as the dashboards and reports.
/// </summary>
public sealed class TargetsQuery(AppDbContext db, FiguresQuery figures)
{
    public async Task<IReadOnlyList<TargetProgress>> ForYearAsync(ReportingReference reference, int year, CancellationToken ct = default)
    {
        var targets = await db.Targets.AsNoTracking().Where(t => t.Year == year)
            .Select(t => new { t.Id, t.Metric, t.UnitId, t.CampaignId, t.Value }).ToListAsync(ct);
        var window = Decree09Calendar.Annual(year);
        var byCampaign = new Dictionary<int, IReadOnlyDictionary<int, FigureSet>>();
        foreach (var campaign in targets.Where(t => t.CampaignId is not null).Select(t => t.CampaignId!.Value).Distinct())
        {
            byCampaign[campaign] = await figures.ByAsync(reference, new FiguresScope(window, CampaignIds: [campaign]), Grain.Unit, ct);
        }

        var all = targets.Count == 0 ? new Dictionary<int, FigureSet>() : await figures.ByAsync(reference, new FiguresScope(window), Grain.Unit, ct);
        return [.. targets.Select(t =>
        {
            var sets = t.CampaignId is { } c ? byCampaign[c] : all;
            var actual = FigureSet.Sum(sets.Where(s => t.UnitId is null || s.Key == t.UnitId).Select(s => s.Value)).Totals.Of(t.Metric);
            return new TargetProgress(t.Id, t.Metric, t.UnitId, t.CampaignId, t.Value, actual);
        })];
    }

    /// <summary>The ward's adult population (18+), the base of the coverage KPI; null until the office sets it.</summary>
    public async Task<int?> AdultPopulationAsync(CancellationToken ct = default)
    {
        var value = await db.WardSettings.AsNoTracking().Where(s => s.Key == WardSetting.AdultPopulation).Select(s => s.Value).FirstOrDefaultAsync(ct);
        return int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : null;
    }
}
