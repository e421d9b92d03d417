using NguyenTrai.DigitalLiteracy.Domain.Periods;

namespace NguyenTrai.DigitalLiteracy.UnitTests.Periods;

public sealed class Decree09CalendarTests
{
    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    [Theory]
    [InlineData(PeriodKind.Monthly, 1, "15/12/2026", "14/01/2027")]
    [InlineData(PeriodKind.Monthly, 3, "15/02/2027", "14/03/2027")]
    [InlineData(PeriodKind.Monthly, 12, "15/11/2027", "14/12/2027")]
    [InlineData(PeriodKind.Quarterly, 1, "15/12/2026", "14/03/2027")]
    [InlineData(PeriodKind.Quarterly, 2, "15/03/2027", "14/06/2027")]
    [InlineData(PeriodKind.Quarterly, 4, "15/09/2027", "14/12/2027")]
    [InlineData(PeriodKind.HalfYear, 0, "15/12/2026", "14/06/2027")]
    [InlineData(PeriodKind.NineMonths, 0, "15/12/2026", "14/09/2027")]
    [InlineData(PeriodKind.Annual, 0, "15/12/2026", "14/12/2027")]
    public void Generated_year_has_decree_09_windows(PeriodKind kind, int number, string start, string end)
    {
        var period = ReportingPeriod.GenerateYear(2027).Single(p => p.Kind == kind && p.Number == number);

        Assert.Equal((start, end), (period.StartDate.ToString("dd/MM/yyyy"), period.EndDate.ToString("dd/MM/yyyy")));
        Assert.True(period.Deadline > period.EndDate);
    }

    [Fact]
    public void A_year_has_19_periods_of_five_kinds()
    {
        var periods = ReportingPeriod.GenerateYear(2027);

        Assert.Equal(19, periods.Count);
        Assert.Equal([12, 4, 1, 1, 1], periods.GroupBy(p => p.Kind).OrderBy(g => g.Key).Select(g => g.Count()));
        Assert.Equal(19, periods.Select(p => (p.Kind, p.Number)).Distinct().Count());
    }

    [Theory]
    [InlineData("14/01/2027", "18/01/2027")] // Thursday + 2 working days = Monday
    [InlineData("14/03/2027", "16/03/2027")] // Sunday cut-off: Monday is the 1st working day
    [InlineData("14/06/2027", "16/06/2027")] // Monday
    public void Default_deadline_skips_weekends(string cutoff, string expected)
    {
        var day = DateOnly.ParseExact(cutoff, "dd/MM/yyyy");

        Assert.Equal(expected, Decree09Calendar.DefaultDeadline(day).ToString("dd/MM/yyyy"));
    }

    [Fact]
    public void Reporting_month_turns_on_the_15th()
    {
        Assert.Equal(202703, Decree09Calendar.ReportingMonthOf(D(2027, 3, 14)));
        Assert.Equal(202704, Decree09Calendar.ReportingMonthOf(D(2027, 3, 15)));
        Assert.Equal(202801, Decree09Calendar.ReportingMonthOf(D(2027, 12, 15)));
    }
}
