using NguyenTrai.DigitalLiteracy.Domain.Entries;
using NguyenTrai.DigitalLiteracy.Domain.Periods;
using NguyenTrai.DigitalLiteracy.Domain.Reports;

namespace NguyenTrai.DigitalLiteracy.UnitTests.Periods;

public sealed class EntryLockTests
{
    private static readonly DateOnly Day = new(2027, 2, 20);

    private static List<ReportingPeriod> Year() => [.. ReportingPeriod.GenerateYear(2027).Select((p, i) => { p.Id = i + 1; return p; })];

    [Fact]
    public void Open_periods_allow_changes() => Assert.Null(EntryLock.Reason(Day, Year(), []));

    [Fact]
    public void A_day_outside_every_period_is_refused() =>
        Assert.StartsWith("Ngày 20/02/2030 không thuộc kỳ báo cáo nào", EntryLock.Reason(new DateOnly(2030, 2, 20), Year(), []), StringComparison.Ordinal);

    [Fact]
    public void A_closed_containing_period_freezes_the_day()
    {
        var periods = Year();
        periods.Single(p => p.Kind == PeriodKind.Quarterly && p.Number == 1).Close("vhxh", DateTime.UtcNow);

        Assert.Equal("Kỳ báo cáo \"Quý I/2027\" đã khóa sổ, không thể thêm hoặc sửa số liệu có ngày 20/02/2027.", EntryLock.Reason(Day, periods, []));
    }

    [Fact]
    public void A_closed_period_elsewhere_does_not()
    {
        var periods = Year();
        periods.Single(p => p.Kind == PeriodKind.Monthly && p.Number == 1).Close("vhxh", DateTime.UtcNow);

        Assert.Null(EntryLock.Reason(Day, periods, []));
    }
}
