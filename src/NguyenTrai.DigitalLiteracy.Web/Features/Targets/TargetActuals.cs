using Microsoft.EntityFrameworkCore;
using NguyenTrai.DigitalLiteracy.Data;
using NguyenTrai.DigitalLiteracy.Domain.Periods;
using NguyenTrai.DigitalLiteracy.Domain.Targets;
using NguyenTrai.DigitalLiteracy.Web.Features.Dashboard;

namespace NguyenTrai.DigitalLiteracy.Web.Features.Targets;

/// <summary>
/// Official year figures for any (unit, campaign) combination, from two grouped queries: per unit, and per unit
/// and campaign. Ward-wide values are the sums over units.
/// </summary>
public sealed class TargetActuals
{
    // Composite scalar key: EF groups by a single column cheaply, and unit/campaign ids stay far below the factor.
    private const long Factor = 1_000_000;

    private readonly List<Keyed<int>> byUnit;
    private readonly List<Keyed<long>> byUnitCampaign;

    private TargetActuals(List<Keyed<int>> byUnit, List<Keyed<long>> byUnitCampaign)
    {
        this.byUnit = byUnit;
        this.byUnitCampaign = byUnitCampaign;
    }

    public static async Task<TargetActuals> LoadAsync(AppDbContext db, int year, CancellationToken ct = default)
    {
        var scope = new DashboardScope(Decree09Calendar.Annual(year), year);
        var counted = CountedEntries.Query(db, scope, scope.Window);
        var byUnit = await counted.GroupBy(e => e.UnitId).Select(DashboardQuery.Sums<int>()).ToListAsync(ct);
        var byUnitCampaign = await counted
            .SelectMany(e => e.Campaigns, (e, c) => new { Entry = e, Key = (e.UnitId * Factor) + c.Id })
            .GroupBy(x => x.Key, x => x.Entry)
            .Select(DashboardQuery.Sums<long>())
            .ToListAsync(ct);
        return new(byUnit, byUnitCampaign);
    }

    public int Of(TargetMetric metric, int? unitId, int? campaignId)
    {
        var rows = campaignId is { } campaign
            ? byUnitCampaign.Where(r => r.Key % Factor == campaign && (unitId is null || r.Key / Factor == unitId)).Select(r => r.Figures)
            : byUnit.Where(r => unitId is null || r.Key == unitId).Select(r => r.Figures);
        return Figures.Sum(rows).Of(metric);
    }
}
