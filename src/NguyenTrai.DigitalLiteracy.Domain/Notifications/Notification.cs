namespace NguyenTrai.DigitalLiteracy.Domain.Notifications;

/// <summary>An in-app message to one user (reminders, returns, evaluations); the bell counts unread ones.</summary>
public class Notification
{
    public long Id { get; set; }
    public string UserId { get; set; } = "";
    public string Title { get; set; } = "";
    public string Message { get; set; } = "";
    public string? Link { get; set; }
    public DateTime CreatedAtUtc { get; set; }
    public DateTime? ReadAtUtc { get; set; }
}
