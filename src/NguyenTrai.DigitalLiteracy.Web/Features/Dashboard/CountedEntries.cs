using Microsoft.EntityFrameworkCore;
using NguyenTrai.DigitalLiteracy.Data;
using NguyenTrai.DigitalLiteracy.Domain.Entries;
using NguyenTrai.DigitalLiteracy.Domain.Periods;
using NguyenTrai.DigitalLiteracy.Domain.Reports;

namespace NguyenTrai.DigitalLiteracy.Web.Features.Dashboard;

/// <summary>
/// The official-figures rule, in one place: an entry counts only when its unit's report for the MONTHLY period
/// containing its date (Entry.ReportingMonth = the period's Year*100+Number) is Approved. With
/// IncludeSubmitted, reports that are Submitted (sent, awaiting review) count too. Drafts and returned
/// reports never count: the unit may still change those entries.
/// </summary>
public static class CountedEntries
{
    public static IQueryable<Entry> Query(AppDbContext db, DashboardScope scope, PeriodWindow window)
    {
        var statuses = scope.IncludeSubmitted
            ? new[] { UnitReportStatus.Approved, UnitReportStatus.Submitted }
            : [UnitReportStatus.Approved];
        var start = window.Start;
        var end = window.End;

        // Only monthly reports overlapping the window can match, which keeps the correlated lookup small.
        var reports = db.UnitReports.Where(r => statuses.Contains(r.Status)
            && r.ReportingPeriod!.Kind == PeriodKind.Monthly
            && r.ReportingPeriod.EndDate >= start && r.ReportingPeriod.StartDate <= end);

        var entries = db.Entries.AsNoTracking();
        if (!(start.Day == 15 && end.Day == 14))
        {
            // Thematic or ad hoc windows cut through months. Decree 09 windows (15th..14th) hold whole months,
            // which the report join already selects; leaving the date test out lets SQLite seek the
            // (ReportingMonth, UnitId) index instead of scanning each unit's year by (UnitId, Date).
            entries = entries.Where(e => e.Date >= start && e.Date <= end);
        }

        if (scope.UnitId is { } unitId)
        {
            entries = entries.Where(e => e.UnitId == unitId);
        }

        if (scope.UnitKind is { } kind)
        {
            entries = entries.Where(e => e.Unit!.Kind == kind);
        }

        if (scope.CampaignId is { } campaignId)
        {
            entries = entries.Where(e => e.Campaigns.Any(c => c.Id == campaignId));
        }

        // Driven from the few counted reports (units x months) into the (ReportingMonth, UnitId) index of
        // Entries: an EXISTS per entry was 2-3x slower at 200,000 entries. One monthly report per unit and
        // month (unique ReportingPeriodId + UnitId, one monthly period per Year/Number) means no duplicates.
        return from r in reports
               join e in entries
                   on new { r.UnitId, Month = (r.ReportingPeriod!.Year * 100) + r.ReportingPeriod.Number }
                   equals new { e.UnitId, Month = e.ReportingMonth }
               select e;
    }
}
