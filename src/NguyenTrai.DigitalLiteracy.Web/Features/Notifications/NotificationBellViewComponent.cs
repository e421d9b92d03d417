using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using NguyenTrai.DigitalLiteracy.Data;
using NguyenTrai.DigitalLiteracy.Web.Infrastructure;

namespace NguyenTrai.DigitalLiteracy.Web.Features.Notifications;

/// <summary>
/// The number of unread notifications: the bell in the navbar ("Default"), or a line on a home page ("Home"), because on
/// a phone the bell is inside the collapsed menu and nobody sees it without opening the menu.
/// </summary>
public sealed class NotificationBellViewComponent(AppDbContext db, CurrentUser me) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(string view = "Default")
    {
        var unread = await db.Notifications.AsNoTracking().CountAsync(n => n.UserId == me.Id && n.ReadAtUtc == null);
        return View(view == "Home" ? "Home" : "Default", unread);
    }
}
