using NguyenTrai.DigitalLiteracy.Domain.Periods;
using NguyenTrai.DigitalLiteracy.Domain.Units;
using NguyenTrai.DigitalLiteracy.Reporting.Rules;

namespace NguyenTrai.DigitalLiteracy.UnitTests.Reporting;

/// <summary>Who owes a monthly report: active on the window's first day, not closed before its last day.</summary>
public sealed class UnitExpectationTests
{
    // Tháng 07/2025 (Decree 09): 15/06/2025 - 14/07/2025.
    private static readonly PeriodWindow July2025 = Decree09Calendar.Monthly(2025, 7);

    [Theory]
    [InlineData("01/07/2025", null, false, true)]         // the ward's units opened on 01/07: not expected for 15/06-14/07, may send
    [InlineData("15/06/2025", null, true, true)]          // open on the first day
    [InlineData("14/06/2025", "14/07/2025", true, true)]  // closed on the last day: still expected
    [InlineData("01/01/2020", "13/07/2025", false, true)] // closed a day before the end
    [InlineData("01/01/2020", "14/06/2025", false, false)] // closed before the window
    [InlineData("15/07/2025", null, false, false)]        // opened after the window
    public void Expected_only_when_active_the_whole_window(string from, string? to, bool expected, bool mayReport)
    {
        var unit = Unit(from, to);

        Assert.Equal(expected, UnitExpectation.IsExpected(unit, July2025));
        Assert.Equal(mayReport, UnitExpectation.MayReport(unit, July2025));
    }

    [Fact]
    public void The_consolidating_office_never_owes_or_sends_a_report()
    {
        var office = Unit("01/01/2020", null) with { SubmitsReports = false };

        Assert.False(UnitExpectation.IsExpected(office, July2025));
        Assert.False(UnitExpectation.MayReport(office, July2025));
    }

    [Theory]
    [InlineData(PeriodKind.Monthly, true, true)]
    [InlineData(PeriodKind.Thematic, true, true)]   // a thematic period the office marks as requiring unit reports
    [InlineData(PeriodKind.Thematic, false, false)]
    [InlineData(PeriodKind.Quarterly, false, false)]
    [InlineData(PeriodKind.HalfYear, false, false)]
    [InlineData(PeriodKind.NineMonths, false, false)]
    [InlineData(PeriodKind.Annual, false, false)]
    public void Units_report_monthly_and_on_marked_thematic_periods_never_on_cumulative_ones(PeriodKind kind, bool requires, bool obligation)
    {
        var created = ReportingPeriod.Create(kind, 2026, 1, Decree09Calendar.Monthly(2026, 1), new DateOnly(2026, 1, 16));
        created.RequiresUnitReports = kind == PeriodKind.Monthly || requires;

        Assert.Equal(obligation, UnitExpectation.IsUnitObligation(PeriodInfo.Of(created)));
    }

    [Fact]
    public void Generated_monthly_periods_require_unit_reports_and_cumulative_ones_do_not()
    {
        var year = ReportingPeriod.GenerateYear(2027);

        Assert.All(year.Where(p => p.Kind == PeriodKind.Monthly), p => Assert.True(p.RequiresUnitReports));
        Assert.All(year.Where(p => p.Kind != PeriodKind.Monthly), p => Assert.False(p.RequiresUnitReports));
    }

    private static UnitInfo Unit(string from, string? to) =>
        new(1, "U", "Đơn vị", UnitKind.ResidentialGroup, DateOnly.ParseExact(from, "dd/MM/yyyy"), to is null ? null : DateOnly.ParseExact(to, "dd/MM/yyyy"));
}
