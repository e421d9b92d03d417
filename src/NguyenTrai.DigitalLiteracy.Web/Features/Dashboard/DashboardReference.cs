using Microsoft.EntityFrameworkCore;
using NguyenTrai.DigitalLiteracy.Data;
using NguyenTrai.DigitalLiteracy.Domain.Periods;
using NguyenTrai.DigitalLiteracy.Domain.Units;

namespace NguyenTrai.DigitalLiteracy.Web.Features.Dashboard;

public sealed record PeriodOption(int Id, PeriodKind Kind, int Year, int Number, string Name, DateOnly StartDate, DateOnly EndDate, DateOnly Deadline)
{
    public PeriodWindow Window => new(StartDate, EndDate);
}

public sealed record UnitOption(int Id, string Code, string Name, UnitKind Kind, DateOnly ActiveFrom, DateOnly? ActiveTo)
{
    public bool IsExpectedToReport(PeriodWindow window) => ActiveFrom <= window.End && (ActiveTo is null || ActiveTo.Value >= window.Start);
}

public sealed record CampaignOption(int Id, string Name);

/// <summary>The small lists every dashboard needs (filters, unit names, monthly periods): three queries per request.</summary>
public sealed record DashboardReference(IReadOnlyList<PeriodOption> Periods, IReadOnlyList<UnitOption> Units, IReadOnlyList<CampaignOption> Campaigns)
{
    public static async Task<DashboardReference> LoadAsync(AppDbContext db, CancellationToken ct = default)
    {
        var periods = await db.ReportingPeriods.AsNoTracking()
            .OrderByDescending(p => p.Year).ThenBy(p => p.Kind).ThenBy(p => p.Number)
            .Select(p => new PeriodOption(p.Id, p.Kind, p.Year, p.Number, p.Name, p.StartDate, p.EndDate, p.Deadline))
            .ToListAsync(ct);
        var units = await db.Units.AsNoTracking().OrderBy(u => u.Kind).ThenBy(u => u.Name)
            .Select(u => new UnitOption(u.Id, u.Code, u.Name, u.Kind, u.ActiveFrom, u.ActiveTo))
            .ToListAsync(ct);
        var campaigns = await db.Campaigns.AsNoTracking().OrderBy(c => c.SortOrder)
            .Select(c => new CampaignOption(c.Id, c.Name))
            .ToListAsync(ct);
        return new(periods, units, campaigns);
    }

    /// <summary>The monthly period whose window contains the day (the "current period").</summary>
    public PeriodOption? MonthlyContaining(DateOnly day) =>
        Periods.FirstOrDefault(p => p.Kind == PeriodKind.Monthly && p.StartDate <= day && day <= p.EndDate);

    public PeriodOption? AnnualOf(int year) => Periods.FirstOrDefault(p => p.Kind == PeriodKind.Annual && p.Year == year);

    /// <summary>Monthly periods whose cut-off day falls in the window: the reports that decide the window's official figures.</summary>
    public IEnumerable<PeriodOption> MonthlyIn(PeriodWindow window) =>
        Periods.Where(p => p.Kind == PeriodKind.Monthly && window.Contains(p.EndDate));
}
