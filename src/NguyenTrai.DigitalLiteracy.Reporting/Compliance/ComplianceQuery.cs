using Microsoft.EntityFrameworkCore;
using NguyenTrai.DigitalLiteracy.Data;
using NguyenTrai.DigitalLiteracy.Reporting.Figures;
using NguyenTrai.DigitalLiteracy.Reporting.Rules;

namespace NguyenTrai.DigitalLiteracy.Reporting.Compliance;

/// <summary>
/// Who owes which report and where it stands: the expected (unit, period) pairs of <see cref="UnitExpectation"/>
/// joined to their reports, timed by <see cref="Deadlines"/> on the ward clock. The compliance page, the dashboards,
/// Biểu 3, the narrative and the issue warning all read it.
/// </summary>
public sealed class ComplianceQuery(AppDbContext db, WardClock clock)
{
    /// <summary>The periods a compliance view of a period is about: the period itself when units report on it,
    /// otherwise (quarter, half-year, year, ad hoc) the monthly periods covering its window.</summary>
    public static IReadOnlyList<PeriodInfo> PeriodsOwedFor(ReportingReference reference, PeriodInfo period) =>
        UnitExpectation.IsUnitObligation(period) ? [period] : reference.MonthlyCovering(period.Window);

    public async Task<IReadOnlyList<Obligation>> ObligationsAsync(IReadOnlyList<PeriodInfo> periods, IEnumerable<UnitInfo> units, CancellationToken ct = default)
    {
        var owed = periods.Where(UnitExpectation.IsUnitObligation).ToList();
        var pairs = units.SelectMany(u => owed.Where(p => UnitExpectation.IsExpected(u, p.Window)).Select(p => (Unit: u, Period: p))).ToList();
        if (pairs.Count == 0)
        {
            return [];
        }

        var periodIds = pairs.Select(p => p.Period.Id).Distinct().ToList();
        var unitIds = pairs.Select(p => p.Unit.Id).Distinct().ToList();
        var reports = (await db.UnitReports.AsNoTracking()
                .Where(r => periodIds.Contains(r.ReportingPeriodId) && unitIds.Contains(r.UnitId))
                .Select(r => new { r.Id, r.UnitId, r.ReportingPeriodId, r.Status, r.FirstSubmittedAtUtc, r.SubmittedAtUtc })
                .ToListAsync(ct))
            .ToDictionary(r => (r.UnitId, r.ReportingPeriodId));
        var today = clock.Today;
        return [.. pairs.Select(pair =>
        {
            var report = reports.GetValueOrDefault((pair.Unit.Id, pair.Period.Id));
            return new Obligation(pair.Unit, pair.Period, report?.Id, report?.Status, report?.FirstSubmittedAtUtc, report?.SubmittedAtUtc,
                Deadlines.IsDue(pair.Period.Deadline, today))
            {
                Timing = Deadlines.Of(pair.Period.Deadline, today, report?.FirstSubmittedAtUtc),
            };
        })];
    }

    /// <summary>The monthly reports owed for a window's figures by the units in scope.</summary>
    public Task<IReadOnlyList<Obligation>> ForWindowAsync(ReportingReference reference, FiguresScope scope, CancellationToken ct = default) =>
        ObligationsAsync(reference.MonthlyCovering(scope.Window), reference.ReportingUnits(scope), ct);

    public static IReadOnlyList<UnitCompliance> ByUnit(IEnumerable<Obligation> obligations) =>
        [.. obligations.GroupBy(o => o.Unit).Select(g => new UnitCompliance(g.Key, ComplianceSummary.Of(g)))
            .OrderBy(u => u.Unit.Kind).ThenBy(u => u.Unit.Name, ReportingReference.VietnameseOrder)];
}
