using Microsoft.EntityFrameworkCore;
using NguyenTrai.DigitalLiteracy.Data;
using NguyenTrai.DigitalLiteracy.Domain.Entries;

namespace NguyenTrai.DigitalLiteracy.Reporting.Rules;

/// <summary>Loads what <see cref="EntryLock"/> needs for one unit and day. Every create, edit, delete, upload and import asks it.</summary>
public sealed class EntryChangeGuard(AppDbContext db)
{
    /// <returns>Null when the unit may record or change an entry dated <paramref name="date"/>; otherwise why not.</returns>
    public async Task<string?> WhyLockedAsync(int unitId, DateOnly date, CancellationToken cancellationToken = default)
    {
        var periods = await db.ReportingPeriods.AsNoTracking()
            .Where(p => p.StartDate <= date && date <= p.EndDate)
            .ToListAsync(cancellationToken);
        var periodIds = periods.Select(p => p.Id).ToList();
        var reports = await db.UnitReports.AsNoTracking()
            .Where(r => r.UnitId == unitId && periodIds.Contains(r.ReportingPeriodId))
            .ToListAsync(cancellationToken);
        return EntryLock.Reason(date, periods, reports);
    }
}
