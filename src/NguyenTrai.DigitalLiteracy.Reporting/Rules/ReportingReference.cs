using System.Globalization;
using Microsoft.EntityFrameworkCore;
using NguyenTrai.DigitalLiteracy.Data;
using NguyenTrai.DigitalLiteracy.Domain.Periods;

namespace NguyenTrai.DigitalLiteracy.Reporting.Rules;

public sealed record CampaignInfo(int Id, string Name);

/// <summary>
/// The small lists every reporting screen needs (periods, units, movements): three no-tracking queries, loaded
/// once per request and shared by the figures, the compliance and the filters.
/// </summary>
public sealed record ReportingReference(IReadOnlyList<PeriodInfo> Periods, IReadOnlyList<UnitInfo> Units, IReadOnlyList<CampaignInfo> Campaigns)
{
    /// <summary>Vietnamese alphabetical order (Đ after D, not after Z).</summary>
    public static readonly StringComparer VietnameseOrder = StringComparer.Create(CultureInfo.GetCultureInfo("vi-VN"), CompareOptions.None);

    public static async Task<ReportingReference> LoadAsync(AppDbContext db, CancellationToken ct = default)
    {
        var periods = await db.ReportingPeriods.AsNoTracking()
            .OrderByDescending(p => p.Year).ThenBy(p => p.Kind).ThenBy(p => p.Number)
            .Select(p => new PeriodInfo(p.Id, p.Kind, p.Year, p.Number, p.Name, p.StartDate, p.EndDate, p.Deadline, p.RequiresUnitReports, p.IsClosed))
            .ToListAsync(ct);
        var units = await db.Units.AsNoTracking()
            .Select(u => new UnitInfo(u.Id, u.Code, u.Name, u.Kind, u.ActiveFrom, u.ActiveTo, u.SubmitsReports))
            .ToListAsync(ct);
        var campaigns = await db.Campaigns.AsNoTracking().OrderBy(c => c.SortOrder)
            .Select(c => new CampaignInfo(c.Id, c.Name))
            .ToListAsync(ct);
        return new(periods, [.. units.OrderBy(u => u.Kind).ThenBy(u => u.Name, VietnameseOrder)], campaigns);
    }

    public PeriodInfo? Period(int id) => Periods.FirstOrDefault(p => p.Id == id);

    public string UnitName(int id) => Units.FirstOrDefault(u => u.Id == id)?.Name ?? "";

    /// <summary>The monthly period whose window contains the day (the month being reported now).</summary>
    public PeriodInfo? MonthlyContaining(DateOnly day) =>
        Periods.FirstOrDefault(p => p.Kind == PeriodKind.Monthly && p.StartDate <= day && day <= p.EndDate);

    public PeriodInfo? AnnualOf(int year) => Periods.FirstOrDefault(p => p.Kind == PeriodKind.Annual && p.Year == year);

    /// <summary>The monthly periods covering a window (<see cref="WindowCoverage"/>).</summary>
    public IReadOnlyList<PeriodInfo> MonthlyCovering(PeriodWindow window) => WindowCoverage.MonthlyPeriods(Periods, window);

    /// <summary>Units in a scope that report (the consolidating office never does).</summary>
    public IEnumerable<UnitInfo> ReportingUnits(Figures.FiguresScope scope) => Units.Where(u => u.SubmitsReports
        && (scope.UnitId is null || u.Id == scope.UnitId)
        && (scope.UnitKind is null || u.Kind == scope.UnitKind));
}
