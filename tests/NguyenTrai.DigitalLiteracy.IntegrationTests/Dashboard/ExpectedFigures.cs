using Microsoft.EntityFrameworkCore;
using NguyenTrai.DigitalLiteracy.Data;
using NguyenTrai.DigitalLiteracy.Domain.Entries;
using NguyenTrai.DigitalLiteracy.Domain.Periods;
using NguyenTrai.DigitalLiteracy.Domain.Reports;
using NguyenTrai.DigitalLiteracy.Domain.Units;

namespace NguyenTrai.DigitalLiteracy.IntegrationTests.Dashboard;

/// <summary>
/// The dashboard's figures recomputed a different way: whole entities loaded from the database, the official
/// rule applied in memory by finding the monthly period whose window contains each entry's date.
/// </summary>
internal sealed class ExpectedFigures
{
    public required List<Entry> Entries { get; init; }
    public required ReportingPeriod Period { get; init; }
    public required List<UnitReport> MonthlyReports { get; init; }
    public required List<Unit> Units { get; init; }
    public required List<ReportingPeriod> Periods { get; init; }

    public static async Task<ExpectedFigures> LoadAsync(AppDbContext db, int periodId, int? campaignId, UnitKind? kind, int? unitId, bool includeSubmitted)
    {
        var periods = await db.ReportingPeriods.AsNoTracking().ToListAsync();
        var period = periods.Single(p => p.Id == periodId);
        var units = await db.Units.AsNoTracking().ToListAsync();
        var reports = await db.UnitReports.AsNoTracking().Include(r => r.ReportingPeriod).ToListAsync();
        var counts = reports.Where(r => r.ReportingPeriod!.Kind == PeriodKind.Monthly
            && (r.Status == UnitReportStatus.Approved || (includeSubmitted && r.Status == UnitReportStatus.Submitted))).ToList();
        var all = await db.Entries.AsNoTracking().Include(e => e.Campaigns).Include(e => e.Unit).ToListAsync();
        var entries = all
            .Where(e => period.Window.Contains(e.Date))
            .Where(e => campaignId is null || e.Campaigns.Any(c => c.Id == campaignId))
            .Where(e => kind is null || e.Unit!.Kind == kind)
            .Where(e => unitId is null || e.UnitId == unitId)
            .Where(e => counts.Any(r => r.UnitId == e.UnitId && r.ReportingPeriod!.Window.Contains(e.Date)))
            .ToList();
        return new ExpectedFigures { Entries = entries, Period = period, MonthlyReports = reports.Where(r => r.ReportingPeriod!.Kind == PeriodKind.Monthly).ToList(), Units = units, Periods = periods };
    }

    public IEnumerable<TrainingSession> Training => Entries.OfType<TrainingSession>();

    public IEnumerable<PropagandaActivity> Propaganda => Entries.OfType<PropagandaActivity>();

    /// <summary>
    /// Monthly reports owed for the window: monthly periods overlapping it, units that report (not the consolidating
    /// office) active from the month's first day to its last. Sent and approved count only once the deadline has come.
    /// </summary>
    public (int Expected, int Sent, int Approved) Compliance(UnitKind? kind, int? unitId, DateOnly today)
    {
        var months = Periods.Where(p => p.Kind == PeriodKind.Monthly && p.StartDate <= Period.EndDate && p.EndDate >= Period.StartDate).ToList();
        var units = Units.Where(u => u.SubmitsReports && (kind is null || u.Kind == kind) && (unitId is null || u.Id == unitId)).ToList();
        var owed = months.SelectMany(m => units.Where(u => u.ActiveFrom <= m.StartDate && (u.ActiveTo is null || u.ActiveTo >= m.EndDate)).Select(u => (Month: m, Unit: u))).ToList();
        var due = owed.Where(o => o.Month.Deadline <= today)
            .Select(o => MonthlyReports.FirstOrDefault(r => r.ReportingPeriodId == o.Month.Id && r.UnitId == o.Unit.Id)).ToList();
        return (owed.Count, due.Count(r => r?.FirstSubmittedAtUtc is not null), due.Count(r => r?.Status == UnitReportStatus.Approved));
    }
}
