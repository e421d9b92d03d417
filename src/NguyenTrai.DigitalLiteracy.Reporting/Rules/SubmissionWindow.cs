namespace NguyenTrai.DigitalLiteracy.Reporting.Rules;

/// <summary>
/// "Gửi báo cáo" opens a number of days before the period's window ends (setting
/// Reporting:SubmissionOpensDaysBeforeEnd, default 3): a unit that sends on the 1st of a window ending on the 14th
/// could not record the rest of its month once approved.
/// </summary>
public static class SubmissionWindow
{
    public static DateOnly OpensOn(DateOnly windowEnd, int daysBeforeEnd) => windowEnd.AddDays(-Math.Max(0, daysBeforeEnd));

    public static bool IsOpen(DateOnly windowEnd, DateOnly today, int daysBeforeEnd) => today >= OpensOn(windowEnd, daysBeforeEnd);

    /// <returns>Null when the unit may send; otherwise why not, in Vietnamese.</returns>
    public static string? WhyClosed(DateOnly windowEnd, DateOnly today, int daysBeforeEnd)
    {
        if (IsOpen(windowEnd, today, daysBeforeEnd))
        {
            return null;
        }

        var left = windowEnd.DayNumber - today.DayNumber;
        return $"Kỳ chưa kết thúc (còn {left} ngày). Báo cáo được gửi từ ngày {OpensOn(windowEnd, daysBeforeEnd):dd/MM/yyyy}; trong lúc chờ, đơn vị tiếp tục nhập hoạt động và lưu nháp.";
    }
}
