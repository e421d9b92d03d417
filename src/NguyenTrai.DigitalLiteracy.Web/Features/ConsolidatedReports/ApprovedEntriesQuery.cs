using Microsoft.EntityFrameworkCore;
using NguyenTrai.DigitalLiteracy.Data;
using NguyenTrai.DigitalLiteracy.Domain.Entries;
using NguyenTrai.DigitalLiteracy.Domain.Periods;
using NguyenTrai.DigitalLiteracy.Domain.Reports;

namespace NguyenTrai.DigitalLiteracy.Web.Features.ConsolidatedReports;

/// <summary>
/// The one rule for official figures (shared with the dashboards): an entry counts when its unit's report for the
/// MONTHLY period containing the entry's date is Approved. Drafts, submitted and returned reports do not count.
/// </summary>
public static class ApprovedEntriesQuery
{
    public static IQueryable<T> Counted<T>(AppDbContext db, DateOnly from, DateOnly to) where T : Entry =>
        db.Set<T>().AsNoTracking().Where(e => e.Date >= from && e.Date <= to &&
            db.UnitReports.Any(r => r.UnitId == e.UnitId
                && r.Status == UnitReportStatus.Approved
                && r.ReportingPeriod!.Kind == PeriodKind.Monthly
                && r.ReportingPeriod.StartDate <= e.Date
                && r.ReportingPeriod.EndDate >= e.Date));
}
