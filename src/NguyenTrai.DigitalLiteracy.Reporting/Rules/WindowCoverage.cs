using NguyenTrai.DigitalLiteracy.Domain.Periods;

namespace NguyenTrai.DigitalLiteracy.Reporting.Rules;

/// <summary>
/// Which monthly periods a window covers: those whose window overlaps it. Official figures are the entries of
/// approved monthly reports, so these are the reports that decide a window's figures and the reports expected
/// for it. The thematic window 01/10-31/10/2025 covers October (15/09-14/10) and November (15/10-14/11): its
/// entries of 15/10-31/10 belong to November's reports.
/// </summary>
public static class WindowCoverage
{
    public static IReadOnlyList<PeriodInfo> MonthlyPeriods(IEnumerable<PeriodInfo> periods, PeriodWindow window) =>
        [.. periods.Where(p => p.Kind == PeriodKind.Monthly && p.Window.Overlaps(window)).OrderBy(p => p.StartDate)];

    /// <summary>
    /// True when the window is exactly a run of whole monthly windows (a month, quarter, half-year, nine months
    /// or year of Decree 09): its figures are the sums of the frozen figures of those months' approved reports.
    /// Any other window (ad hoc, thematic) cuts through months and is counted from the entries, by the same rule.
    /// </summary>
    public static bool IsPeriodAligned(IReadOnlyList<PeriodInfo> coveringMonths, PeriodWindow window)
    {
        if (coveringMonths.Count == 0 || coveringMonths[0].StartDate != window.Start || coveringMonths[^1].EndDate != window.End)
        {
            return false;
        }

        for (var i = 1; i < coveringMonths.Count; i++)
        {
            if (coveringMonths[i].StartDate != coveringMonths[i - 1].EndDate.AddDays(1))
            {
                return false;
            }
        }

        return true;
    }
}
