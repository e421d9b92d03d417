using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using NguyenTrai.DigitalLiteracy.Data;
using NguyenTrai.DigitalLiteracy.Web.Infrastructure;

namespace NguyenTrai.DigitalLiteracy.Web.Features.Notifications;

/// <summary>The signed-in user's notifications; opening one marks it read.</summary>
[Route("thong-bao")]
public sealed class NotificationsController(AppDbContext db, CurrentUser me, WardClock clock) : Controller
{
    private const int PageSize = 20;

    [HttpGet("")]
    public async Task<IActionResult> Index(int page = 1)
    {
        page = Math.Max(1, page);
        var mine = db.Notifications.AsNoTracking().Where(n => n.UserId == me.Id);
        var total = await mine.CountAsync();
        var items = await mine.OrderByDescending(n => n.Id).Skip((page - 1) * PageSize).Take(PageSize)
            .Select(n => new NotificationItem(n.Id, n.Title, n.Message, n.Link, n.CreatedAtUtc, n.ReadAtUtc != null))
            .ToListAsync();
        return View(new NotificationsModel(items, page, (total + PageSize - 1) / PageSize));
    }

    [HttpPost("{id:long}/mo")]
    public async Task<IActionResult> Open(long id)
    {
        var notification = await db.Notifications.FirstOrDefaultAsync(n => n.Id == id && n.UserId == me.Id);
        if (notification is null)
        {
            return NotFound();
        }

        notification.ReadAtUtc ??= clock.UtcNow;
        await db.SaveChangesAsync();
        return Url.IsLocalUrl(notification.Link) ? LocalRedirect(notification.Link) : RedirectToAction(nameof(Index));
    }

    [HttpPost("da-doc")]
    public async Task<IActionResult> MarkAllRead()
    {
        var now = clock.UtcNow;
        await db.Notifications.Where(n => n.UserId == me.Id && n.ReadAtUtc == null)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAtUtc, now));
        TempData.Success("Đã đánh dấu tất cả thông báo là đã đọc.");
        return RedirectToAction(nameof(Index));
    }
}
