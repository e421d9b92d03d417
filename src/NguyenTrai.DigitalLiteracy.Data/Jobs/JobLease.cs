namespace NguyenTrai.DigitalLiteracy.Data.Jobs;

/// <summary>
/// Which instance may run a background job, and until when: several instances share one database, and a job such
/// as the deadline reminders must run once. Taking the lease is one conditional UPDATE, atomic on every provider.
/// </summary>
public class JobLease
{
    public const string DeadlineReminders = "deadline-reminders";

    public string Name { get; set; } = "";
    public string? Holder { get; set; }
    public DateTime LeasedUntilUtc { get; set; }

    /// <summary>The ward day of the last completed run, for jobs that run once a day.</summary>
    public DateOnly? LastCompletedOn { get; set; }
}
