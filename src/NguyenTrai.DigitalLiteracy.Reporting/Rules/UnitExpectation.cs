using NguyenTrai.DigitalLiteracy.Domain.Periods;

namespace NguyenTrai.DigitalLiteracy.Reporting.Rules;

/// <summary>
/// Which units owe a report for a period. Expected: the unit submits reports, was active on the window's first
/// day and was not closed before its last day (a unit opened on 01/07 is not expected for the window 15/06-14/07;
/// one closed on 30/06 is expected up to the window ending 14/06). A unit open for part of a window is not
/// expected but may still send what it did, so that its work can count.
/// </summary>
public static class UnitExpectation
{
    public static bool IsExpected(UnitInfo unit, PeriodWindow window) =>
        unit.SubmitsReports && unit.ActiveFrom <= window.Start && (unit.ActiveTo is null || unit.ActiveTo.Value >= window.End);

    public static bool MayReport(UnitInfo unit, PeriodWindow window) =>
        unit.SubmitsReports && unit.ActiveFrom <= window.End && (unit.ActiveTo is null || unit.ActiveTo.Value >= window.Start);

    /// <summary>
    /// Units report on periods that require unit reports: every month, and thematic periods the office marks so.
    /// Quarter, half-year, nine-month and annual figures are consolidated by the office from the monthly reports.
    /// </summary>
    public static bool IsUnitObligation(PeriodInfo period) => period.RequiresUnitReports;
}
