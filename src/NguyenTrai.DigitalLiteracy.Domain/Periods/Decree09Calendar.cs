namespace NguyenTrai.DigitalLiteracy.Domain.Periods;

/// <summary>
/// Cut-off windows of Decree 09/2019/NĐ-CP art. 12: figures run from the 15th of the month before to the
/// 14th of the reporting month; quarter, half-year, nine-month and annual windows start on 15/12 of the
/// previous year for Q1 and the accumulating reports.
/// </summary>
public static class Decree09Calendar
{
    private const int CutoffDay = 14;

    public static PeriodWindow Monthly(int year, int month) =>
        new(FirstDayAfterCutoff(year, month - 1), new DateOnly(year, month, CutoffDay));

    public static PeriodWindow Quarterly(int year, int quarter)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(quarter, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(quarter, 4);
        var lastMonth = quarter * 3;
        return new(FirstDayAfterCutoff(year, lastMonth - 3), new DateOnly(year, lastMonth, CutoffDay));
    }

    public static PeriodWindow HalfYear(int year) => YearToDate(year, 6);

    public static PeriodWindow NineMonths(int year) => YearToDate(year, 9);

    public static PeriodWindow Annual(int year) => YearToDate(year, 12);

    /// <summary>The reporting month (yyyyMM) whose window contains the day: the 15th onwards belongs to the next month.</summary>
    public static int ReportingMonthOf(DateOnly day)
    {
        var month = day.Day > CutoffDay ? day.AddMonths(1) : day;
        return (month.Year * 100) + month.Month;
    }

    /// <summary>The reporting year a day belongs to: from 15 December the annual window of the next year runs.</summary>
    public static int ReportingYearOf(DateOnly day) => ReportingMonthOf(day) / 100;

    /// <summary>Default deadline: the given number of working days (Mon-Fri) after the cut-off day.</summary>
    public static DateOnly DefaultDeadline(DateOnly cutoff, int workingDays = 2)
    {
        var day = cutoff;
        var remaining = Math.Max(1, workingDays);
        while (remaining > 0)
        {
            day = day.AddDays(1);
            if (day.DayOfWeek is not DayOfWeek.Saturday and not DayOfWeek.Sunday)
            {
                remaining--;
            }
        }

        return day;
    }

    private static PeriodWindow YearToDate(int year, int lastMonth) =>
        new(FirstDayAfterCutoff(year, 0), new DateOnly(year, lastMonth, CutoffDay));

    /// <summary>The 15th of the given month; month 0 means December of the previous year.</summary>
    private static DateOnly FirstDayAfterCutoff(int year, int month) =>
        month <= 0 ? new DateOnly(year - 1, 12 + month, CutoffDay + 1) : new DateOnly(year, month, CutoffDay + 1);
}
