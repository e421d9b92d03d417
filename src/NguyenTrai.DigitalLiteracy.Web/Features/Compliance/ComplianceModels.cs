using NguyenTrai.DigitalLiteracy.Reporting.Compliance;
using NguyenTrai.DigitalLiteracy.Reporting.Rules;
using NguyenTrai.DigitalLiteracy.Web.Features.Review;

namespace NguyenTrai.DigitalLiteracy.Web.Features.Compliance;

/// <summary>
/// Who owes what for a period. A period units report on (a month, a marked thematic period) lists one report per
/// expected unit; a cumulative period (quarter, half-year, year) lists each unit's monthly reports in its window.
/// </summary>
public sealed record ComplianceModel(
    PeriodInfo Period, DateOnly Today, IReadOnlyList<Obligation> Obligations, IReadOnlyList<string> NotExpected, IReadOnlyList<ListOption> Periods)
{
    public bool IsUnitObligation => UnitExpectation.IsUnitObligation(Period);

    public ComplianceSummary Summary => ComplianceSummary.Of(Obligations);

    public IReadOnlyList<UnitCompliance> ByUnit => ComplianceQuery.ByUnit(Obligations);

    /// <summary>Due, not sent, and the deadline day is over.</summary>
    public int Overdue => Obligations.Count(o => o.Timing == ReportTiming.Overdue);

    public IReadOnlyList<Obligation> Rows => [.. Obligations.OrderBy(o => o.Unit.Name, ReportingReference.VietnameseOrder)];

    /// <summary>Units a reminder goes to: their report is due or coming, and nothing has been sent (again).</summary>
    public IReadOnlyList<int> UnitsToRemind => [.. Obligations.Where(o => o.AwaitsSubmission).Select(o => o.Unit.Id).Distinct()];

    public static string Percent(decimal? percent) => percent is { } p ? $"{p:N0}%" : "—";
}
