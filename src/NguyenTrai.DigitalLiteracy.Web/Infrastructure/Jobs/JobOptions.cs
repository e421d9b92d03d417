namespace NguyenTrai.DigitalLiteracy.Web.Infrastructure.Jobs;

/// <summary>The "Jobs" section.</summary>
public sealed class JobOptions
{
    public const string Section = "Jobs";

    /// <summary>Off only for tools that start the app without wanting its background work (and some tests).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How often each instance looks for due work (the work itself runs once a day on one instance).</summary>
    public TimeSpan CheckInterval { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Ward time after which the day's reminders go out.</summary>
    public TimeOnly RunAt { get; set; } = new(7, 0);

    /// <summary>Units are reminded when their monthly report is due within this many days.</summary>
    public int ReminderDaysBefore { get; set; } = 3;
}
