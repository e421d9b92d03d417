namespace NguyenTrai.DigitalLiteracy.Web.Features.Notifications;

public sealed record NotificationItem(long Id, string Title, string Message, string? Link, DateTime CreatedAtUtc, bool IsRead);

public sealed record NotificationsModel(IReadOnlyList<NotificationItem> Items, int Page, int PageCount);
