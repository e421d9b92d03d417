namespace NguyenTrai.DigitalLiteracy.Reporting.Rules;

/// <summary>Where a report stands against its deadline.</summary>
public enum ReportTiming
{
    /// <summary>Not sent and the deadline is after today: "Chưa đến hạn". Never "Chưa gửi", never in a percentage.</summary>
    NotDue,

    /// <summary>Not sent; the deadline is today.</summary>
    DueToday,

    /// <summary>Not sent; the deadline has passed.</summary>
    Overdue,

    /// <summary>First sent no later than the deadline day, ward time.</summary>
    OnTime,

    /// <summary>First sent after the deadline day, ward time.</summary>
    Late,
}

/// <summary>
/// Due, on time and late (Decree 09: the deadline is set by the requesting body). On time means the FIRST
/// submission happened no later than the deadline day in Asia/Ho_Chi_Minh: a return and resubmission never
/// makes an on-time report late. A report counts in percentages only once its deadline has come.
/// </summary>
public static class Deadlines
{
    public static bool IsDue(DateOnly deadline, DateOnly today) => deadline <= today;

    public static bool IsLate(DateOnly deadline, DateTime firstSubmittedAtUtc) => WardClock.LocalDateOf(firstSubmittedAtUtc) > deadline;

    public static ReportTiming Of(DateOnly deadline, DateOnly today, DateTime? firstSubmittedAtUtc) => firstSubmittedAtUtc switch
    {
        { } sent => IsLate(deadline, sent) ? ReportTiming.Late : ReportTiming.OnTime,
        null when deadline > today => ReportTiming.NotDue,
        null when deadline == today => ReportTiming.DueToday,
        _ => ReportTiming.Overdue,
    };

    public static string Label(this ReportTiming timing) => timing switch
    {
        ReportTiming.NotDue => "Chưa đến hạn",
        ReportTiming.DueToday => "Chưa gửi (hạn hôm nay)",
        ReportTiming.Overdue => "Quá hạn, chưa gửi",
        ReportTiming.OnTime => "Gửi đúng hạn",
        _ => "Gửi muộn",
    };

    public static bool IsSent(this ReportTiming timing) => timing is ReportTiming.OnTime or ReportTiming.Late;
}
