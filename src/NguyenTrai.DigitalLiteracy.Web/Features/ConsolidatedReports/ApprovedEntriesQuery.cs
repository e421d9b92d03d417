using Microsoft.EntityFrameworkCore;
using NguyenTrai.DigitalLiteracy.Data;
using NguyenTrai.DigitalLiteracy.Domain.Entries;
using NguyenTrai.DigitalLiteracy.Domain.Periods;
using NguyenTrai.DigitalLiteracy.Domain.Reports;

namespace NguyenTrai.DigitalLiteracy.Web.Features.ConsolidatedReports;

/// <summary>
/// The one rule for official figures (shared with the dashboards): an entry counts when its unit's report for the
/// MONTHLY period containing the entry's date is Approved. Drafts, submitted and returned reports do not count.
/// A monthly period's Year/Number is the Decree 09 reporting month that <see cref="Entry.ReportingMonth"/> caches,
/// so the rule is a key lookup: (unit, reporting month) among the approved monthly reports.
/// </summary>
public sealed class ApprovedEntriesQuery
{
    private readonly AppDbContext db;
    private readonly List<long> approvedUnitMonths;

    private ApprovedEntriesQuery(AppDbContext db, List<long> approvedUnitMonths)
    {
        this.db = db;
        this.approvedUnitMonths = approvedUnitMonths;
    }

    /// <summary>Reads the approved (unit, month) keys once; the few hundred keys then filter every entry query.</summary>
    public static async Task<ApprovedEntriesQuery> LoadAsync(AppDbContext db, CancellationToken ct = default) =>
        new(db, await db.UnitReports.AsNoTracking()
            .Where(r => r.Status == UnitReportStatus.Approved && r.ReportingPeriod!.Kind == PeriodKind.Monthly)
            .Select(r => (long)r.UnitId * 1_000_000 + r.ReportingPeriod!.Year * 100 + r.ReportingPeriod.Number)
            .ToListAsync(ct));

    /// <summary>The keys are inlined as an IN list: SQLite indexes a constant list, while a JSON parameter is re-read per row.</summary>
    public IQueryable<T> Counted<T>(DateOnly from, DateOnly to) where T : Entry =>
        db.Set<T>().AsNoTracking().Where(e => e.Date >= from && e.Date <= to
            && EF.Constant(approvedUnitMonths).Contains((long)e.UnitId * 1_000_000 + e.ReportingMonth));
}
