using NguyenTrai.DigitalLiteracy.Domain.Periods;
using NguyenTrai.DigitalLiteracy.Reporting.Rules;

namespace NguyenTrai.DigitalLiteracy.UnitTests.Reporting;

/// <summary>Which monthly reports decide a window's figures, and when frozen sums can be used.</summary>
public sealed class WindowCoverageTests
{
    private static readonly IReadOnlyList<PeriodInfo> Periods =
        [.. new[] { 2025, 2026 }.SelectMany(y => ReportingPeriod.GenerateYear(y)).Select((p, i) => PeriodInfo.Of(p) with { Id = i + 1 })];

    [Fact]
    public void The_10_10_thematic_window_covers_October_and_November()
    {
        var months = WindowCoverage.MonthlyPeriods(Periods, new PeriodWindow(new(2025, 10, 1), new(2025, 10, 31)));

        Assert.Equal(["Tháng 10/2025", "Tháng 11/2025"], months.Select(m => m.Name));
        Assert.False(WindowCoverage.IsPeriodAligned(months, new PeriodWindow(new(2025, 10, 1), new(2025, 10, 31))));
    }

    [Theory]
    [InlineData(PeriodKind.Monthly, 12, 1)]
    [InlineData(PeriodKind.Quarterly, 1, 3)]   // Q1 = 15/12 of the previous year .. 14/03
    [InlineData(PeriodKind.HalfYear, 0, 6)]
    [InlineData(PeriodKind.NineMonths, 0, 9)]
    [InlineData(PeriodKind.Annual, 0, 12)]
    public void Decree_09_periods_are_whole_months(PeriodKind kind, int number, int months)
    {
        var period = Periods.Single(p => p.Kind == kind && p.Year == 2026 && p.Number == number);

        var covering = WindowCoverage.MonthlyPeriods(Periods, period.Window);

        Assert.Equal(months, covering.Count);
        Assert.True(WindowCoverage.IsPeriodAligned(covering, period.Window));
    }

    [Fact]
    public void An_ad_hoc_window_inside_one_month_is_not_aligned()
    {
        var window = new PeriodWindow(new(2026, 10, 1), new(2026, 10, 10));
        var covering = WindowCoverage.MonthlyPeriods(Periods, window);

        Assert.Equal("Tháng 10/2026", Assert.Single(covering).Name);
        Assert.False(WindowCoverage.IsPeriodAligned(covering, window));
    }
}
