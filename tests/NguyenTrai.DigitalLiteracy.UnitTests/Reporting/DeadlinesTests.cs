using NguyenTrai.DigitalLiteracy.Domain.Periods;
using NguyenTrai.DigitalLiteracy.Reporting.Rules;

namespace NguyenTrai.DigitalLiteracy.UnitTests.Reporting;

/// <summary>Due, on time and late on the ward clock (Asia/Ho_Chi_Minh, UTC+7), judged on the first submission.</summary>
public sealed class DeadlinesTests
{
    // Tháng 12/2026: window 15/11 - 14/12/2026 (Monday), default deadline two working days later: Wednesday 16/12/2026.
    private static readonly DateOnly Deadline = Decree09Calendar.DefaultDeadline(Decree09Calendar.Monthly(2026, 12).End);

    [Fact]
    public void The_default_deadline_is_two_working_days_after_the_cut_off() => Assert.Equal(new DateOnly(2026, 12, 16), Deadline);

    [Theory]
    [InlineData("29/11/2026", ReportTiming.NotDue)]   // "Chưa đến hạn", never "Chưa gửi"
    [InlineData("15/12/2026", ReportTiming.NotDue)]
    [InlineData("16/12/2026", ReportTiming.DueToday)]
    [InlineData("17/12/2026", ReportTiming.Overdue)]
    public void Not_sent_reports_by_day(string today, ReportTiming expected) =>
        Assert.Equal(expected, Deadlines.Of(Deadline, Day(today), null));

    [Theory]
    [InlineData("2026-12-16T16:59:59Z", ReportTiming.OnTime)] // 23:59:59 on 16/12 in Viet Nam
    [InlineData("2026-12-16T17:00:00Z", ReportTiming.Late)]   // 00:00 on 17/12 in Viet Nam, still 16/12 in UTC
    [InlineData("2026-11-20T03:00:00Z", ReportTiming.OnTime)]
    public void Sent_reports_are_judged_in_ward_time(string firstSubmittedUtc, ReportTiming expected) =>
        Assert.Equal(expected, Deadlines.Of(Deadline, Day("20/01/2027"), DateTime.Parse(firstSubmittedUtc, null, System.Globalization.DateTimeStyles.AdjustToUniversal)));

    [Fact]
    public void A_report_counts_in_percentages_only_from_its_deadline_day()
    {
        Assert.False(Deadlines.IsDue(Deadline, Day("15/12/2026")));
        Assert.True(Deadlines.IsDue(Deadline, Day("16/12/2026")));
    }

    private static DateOnly Day(string text) => DateOnly.ParseExact(text, "dd/MM/yyyy");
}
