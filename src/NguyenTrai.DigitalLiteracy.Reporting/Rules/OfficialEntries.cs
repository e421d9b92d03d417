using Microsoft.EntityFrameworkCore;
using NguyenTrai.DigitalLiteracy.Data;
using NguyenTrai.DigitalLiteracy.Domain.Entries;
using NguyenTrai.DigitalLiteracy.Domain.Periods;
using NguyenTrai.DigitalLiteracy.Domain.Reports;
using NguyenTrai.DigitalLiteracy.Reporting.Figures;

namespace NguyenTrai.DigitalLiteracy.Reporting.Rules;

/// <summary>
/// The official-figures rule, in one place: an entry counts when its date lies in the window and its unit's report
/// for the MONTHLY period containing that date (Entry.ReportingMonth = the period's Year*100+Number) is Approved.
/// With IncludeSubmitted, reports sent and awaiting review count too. Drafts and returned reports never count:
/// the unit may still change those entries. Approved reports freeze their entries (EntryLock), which is why their
/// figures can be stored at approval (<see cref="FrozenFigures"/>) and summed later with the same result.
/// </summary>
public static class OfficialEntries
{
    public static IQueryable<Entry> Query(AppDbContext db, FiguresScope scope, bool periodAligned)
    {
        var statuses = scope.IncludeSubmitted
            ? new[] { UnitReportStatus.Approved, UnitReportStatus.Submitted }
            : [UnitReportStatus.Approved];
        var (start, end) = (scope.Window.Start, scope.Window.End);

        // Only monthly reports overlapping the window can match, which keeps the correlated lookup small.
        var reports = db.UnitReports.Where(r => statuses.Contains(r.Status)
            && r.ReportingPeriod!.Kind == PeriodKind.Monthly
            && r.ReportingPeriod.EndDate >= start && r.ReportingPeriod.StartDate <= end);

        var entries = Scoped(db.Entries.AsNoTracking(), scope);
        if (!periodAligned)
        {
            // Windows that cut through months. Whole monthly windows are already selected by the report join; leaving
            // the date test out lets SQLite seek the (ReportingMonth, UnitId) index.
            entries = entries.Where(e => e.Date >= start && e.Date <= end);
        }

        // Driven from the few counted reports (units x months) into the (ReportingMonth, UnitId) index. One monthly
        // report per unit and month (unique ReportingPeriodId + UnitId) means no duplicates.
        return from r in reports
               join e in entries
                   on new { r.UnitId, Month = (r.ReportingPeriod!.Year * 100) + r.ReportingPeriod.Number }
                   equals new { e.UnitId, Month = e.ReportingMonth }
               select e;
    }

    /// <summary>
    /// The same rule as a filter on any entry list (the dashboards' drill-down lists): entries whose unit's monthly
    /// report for their month is approved (or sent, with <paramref name="includeSubmitted"/>).
    /// </summary>
    public static IQueryable<TEntry> Filter<TEntry>(AppDbContext db, IQueryable<TEntry> entries, bool includeSubmitted)
        where TEntry : Entry
    {
        var statuses = includeSubmitted
            ? new[] { UnitReportStatus.Approved, UnitReportStatus.Submitted }
            : [UnitReportStatus.Approved];
        return entries.Where(e => db.UnitReports.Any(r => r.UnitId == e.UnitId && statuses.Contains(r.Status)
            && r.ReportingPeriod!.Kind == PeriodKind.Monthly && (r.ReportingPeriod.Year * 100) + r.ReportingPeriod.Number == e.ReportingMonth));
    }

    /// <summary>The unit, unit-kind and movement filters, shared with the unit-report path.</summary>
    internal static IQueryable<Entry> Scoped(IQueryable<Entry> entries, FiguresScope scope)
    {
        if (scope.UnitId is { } unitId)
        {
            entries = entries.Where(e => e.UnitId == unitId);
        }

        if (scope.UnitKind is { } kind)
        {
            entries = entries.Where(e => e.Unit!.Kind == kind);
        }

        if (scope.HasCampaigns)
        {
            var ids = scope.CampaignIds!.ToList();
            entries = entries.Where(e => e.Campaigns.Any(c => ids.Contains(c.Id)));
        }

        return entries;
    }
}
