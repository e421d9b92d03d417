using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using NguyenTrai.DigitalLiteracy.Data;
using NguyenTrai.DigitalLiteracy.Web.Infrastructure;

namespace NguyenTrai.DigitalLiteracy.Web.Features.Notifications;

/// <summary>The bell in the navbar with the number of unread notifications.</summary>
public sealed class NotificationBellViewComponent(AppDbContext db, CurrentUser me) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var unread = await db.Notifications.AsNoTracking().CountAsync(n => n.UserId == me.Id && n.ReadAtUtc == null);
        return View(unread);
    }
}
