using Microsoft.EntityFrameworkCore;
using NguyenTrai.DigitalLiteracy.Data;
using NguyenTrai.DigitalLiteracy.Domain.Entries;
using NguyenTrai.DigitalLiteracy.Reporting.Figures;

namespace NguyenTrai.DigitalLiteracy.Reporting.Rules;

/// <summary>
/// The entries a unit's report for a period is about: the unit's entries dated in the period's window. The unit's
/// report page, the review page, the unit report PDF and the figures frozen at approval all read this.
/// </summary>
public static class ReportEntries
{
    public static IQueryable<Entry> Of(AppDbContext db, int unitId, PeriodInfo period)
    {
        var entries = db.Entries.AsNoTracking().Where(e => e.UnitId == unitId);
        if (period.ReportingMonth != 0)
        {
            // The monthly window is exactly the entry's Decree 09 month: the same key the official rule joins on.
            var month = period.ReportingMonth;
            return entries.Where(e => e.ReportingMonth == month);
        }

        var (start, end) = (period.StartDate, period.EndDate);
        return entries.Where(e => e.Date >= start && e.Date <= end);
    }

    public static FiguresScope ScopeOf(int unitId, PeriodInfo period) => new(period.Window, UnitId: unitId);
}
