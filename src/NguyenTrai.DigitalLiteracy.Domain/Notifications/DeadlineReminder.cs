namespace NguyenTrai.DigitalLiteracy.Domain.Notifications;

/// <summary>
/// A unit was reminded that its report for a period is due soon. At most one per unit and period (unique index),
/// whichever instance or day the reminder job runs.
/// </summary>
public class DeadlineReminder
{
    public long Id { get; set; }
    public int UnitId { get; set; }
    public int ReportingPeriodId { get; set; }
    public DateTime SentAtUtc { get; set; }
}
