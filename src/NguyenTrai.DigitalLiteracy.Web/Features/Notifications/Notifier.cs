using Microsoft.EntityFrameworkCore;
using NguyenTrai.DigitalLiteracy.Data;
using NguyenTrai.DigitalLiteracy.Domain.Notifications;
using NguyenTrai.DigitalLiteracy.Domain.Users;
using NguyenTrai.DigitalLiteracy.Reporting.Workflow;

namespace NguyenTrai.DigitalLiteracy.Web.Features.Notifications;

/// <summary>
/// Tells a unit's staff or the office about something: one in-app notification per user, plus an e-mail to those
/// with an address when SMTP is configured. The notifications are saved with the caller's changes.
/// </summary>
public sealed class Notifier(AppDbContext db, WardClock clock, IEmailSender email, IConfiguration? configuration = null) : IReportNotifier
{
    private readonly List<(string Address, string Subject, string Body)> outbox = [];

    /// <returns>How many users were notified.</returns>
    public async Task<int> NotifyUnitsAsync(IReadOnlyCollection<int> unitIds, string title, string message, string? link, CancellationToken ct = default)
    {
        var staff = await db.Users.AsNoTracking()
            .Where(u => u.UnitId != null && unitIds.Contains(u.UnitId.Value))
            .Select(u => new Recipient(u.Id, u.Email))
            .ToListAsync(ct);
        return Queue(staff, title, message, link);
    }

    public Task NotifyUnitAsync(int unitId, string title, string message, string link, CancellationToken ct = default) =>
        NotifyUnitsAsync([unitId], title, message, link, ct);

    /// <summary>Everyone in the Culture-Social Office role (the reviewers).</summary>
    public async Task NotifyOfficeAsync(string title, string message, string link, CancellationToken ct = default) =>
        _ = Queue(await InRoleAsync(Roles.CultureOffice, ct), title, message, link);

    /// <summary>The commune's leadership (approves city reports, receives issued ones).</summary>
    public async Task NotifyLeadershipAsync(string title, string message, string link, CancellationToken ct = default) =>
        _ = Queue(await InRoleAsync(Roles.Leadership, ct), title, message, link);

    private Task<List<Recipient>> InRoleAsync(string roleName, CancellationToken ct) =>
        (from user in db.Users.AsNoTracking()
         join userRole in db.UserRoles on user.Id equals userRole.UserId
         join role in db.Roles on userRole.RoleId equals role.Id
         where role.Name == roleName
         select new Recipient(user.Id, user.Email)).ToListAsync(ct);

    private int Queue(IReadOnlyCollection<Recipient> recipients, string title, string message, string? link)
    {
        foreach (var user in recipients)
        {
            db.Notifications.Add(new Notification { UserId = user.Id, Title = title, Message = message, Link = link, CreatedAtUtc = clock.UtcNow });
            if (!string.IsNullOrWhiteSpace(user.Email))
            {
                outbox.Add((user.Email, title, EmailBody(message, link)));
            }
        }

        return recipients.Count;
    }

    private sealed record Recipient(string Id, string? Email);

    /// <summary>
    /// The message, then where to act on it: a full link when the portal's public address (Portal:PublicBaseUrl, the one
    /// printed under QR codes) is configured; a mail has no request to take the address from.
    /// </summary>
    private string EmailBody(string message, string? link)
    {
        var portal = configuration?[Infrastructure.PublicUrls.Setting]?.TrimEnd('/');
        var where = link is null ? "" : string.IsNullOrEmpty(portal)
            ? "\n\nĐăng nhập cổng thông tin, mục \"Thông báo\", để xem chi tiết."
            : $"\n\nXem chi tiết: {portal}{link}";
        return message + where + "\n\n(Thư tự động, vui lòng không trả lời.)";
    }

    /// <summary>Sends the queued e-mails; call after the changes are saved so nobody is mailed about a rolled-back action.</summary>
    public async Task FlushEmailAsync(CancellationToken ct = default)
    {
        foreach (var (address, subject, body) in outbox)
        {
            await email.SendAsync(address, subject, body, ct);
        }

        outbox.Clear();
    }
}
