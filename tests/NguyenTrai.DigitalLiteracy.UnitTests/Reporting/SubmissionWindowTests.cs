using NguyenTrai.DigitalLiteracy.Reporting.Rules;

namespace NguyenTrai.DigitalLiteracy.UnitTests.Reporting;

/// <summary>"Gửi báo cáo" opens a set number of days before the window ends (default 3).</summary>
public sealed class SubmissionWindowTests
{
    private static readonly DateOnly WindowEnd = new(2026, 12, 14); // Tháng 12/2026: 15/11 - 14/12

    [Theory]
    [InlineData(29, 11, false)] // 15 days before the end: the bug this rule fixes
    [InlineData(10, 12, false)]
    [InlineData(11, 12, true)]  // 3 days before the end
    [InlineData(14, 12, true)]
    [InlineData(20, 12, true)]  // after the window: late reports can still be sent
    public void Opens_three_days_before_the_end(int day, int month, bool open) =>
        Assert.Equal(open, SubmissionWindow.IsOpen(WindowEnd, new DateOnly(2026, month, day), 3));

    [Fact]
    public void Says_how_many_days_are_left_and_when_it_opens()
    {
        var why = SubmissionWindow.WhyClosed(WindowEnd, new DateOnly(2026, 11, 29), 3);

        Assert.StartsWith("Kỳ chưa kết thúc (còn 15 ngày).", why, StringComparison.Ordinal);
        Assert.Contains("11/12/2026", why, StringComparison.Ordinal);
        Assert.Null(SubmissionWindow.WhyClosed(WindowEnd, new DateOnly(2026, 12, 11), 3));
    }

    [Fact]
    public void Zero_days_means_from_the_last_day_of_the_window()
    {
        Assert.False(SubmissionWindow.IsOpen(WindowEnd, new DateOnly(2026, 12, 13), 0));
        Assert.True(SubmissionWindow.IsOpen(WindowEnd, new DateOnly(2026, 12, 14), 0));
    }
}
