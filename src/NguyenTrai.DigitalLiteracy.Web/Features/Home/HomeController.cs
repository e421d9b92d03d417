using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using NguyenTrai.DigitalLiteracy.Data;
using NguyenTrai.DigitalLiteracy.Web.Infrastructure;

namespace NguyenTrai.DigitalLiteracy.Web.Features.Home;

/// <summary>Each role's landing page.</summary>
public sealed class HomeController(AppDbContext db, CurrentUser me, HomeDashboardLoader dashboards, LeadershipHomeLoader leadership) : Controller
{
    [HttpGet("/")]
    public async Task<IActionResult> Index(CancellationToken ct)
    {
        var unitName = me.UnitId is { } unitId
            ? await db.Units.AsNoTracking().Where(u => u.Id == unitId).Select(u => u.Name).FirstOrDefaultAsync(ct)
            : null;
        return View(new HomeModel(me.DisplayName, unitName, HomeModel.TilesFor(User))
        {
            Dashboard = await dashboards.LoadAsync(me, ct),
            Leadership = me.IsLeadership && !me.IsOffice ? await leadership.LoadAsync(ct) : null,
        });
    }
}
