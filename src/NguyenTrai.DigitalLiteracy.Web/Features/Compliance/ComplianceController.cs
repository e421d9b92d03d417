using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using NguyenTrai.DigitalLiteracy.Data;
using NguyenTrai.DigitalLiteracy.Web.Features.Notifications;
using NguyenTrai.DigitalLiteracy.Web.Features.UnitReports;
using NguyenTrai.DigitalLiteracy.Web.Infrastructure;
using NguyenTrai.DigitalLiteracy.Web.Infrastructure.Authorization;

namespace NguyenTrai.DigitalLiteracy.Web.Features.Compliance;

/// <summary>Who has reported for a period (office and leadership); the office reminds those who have not.</summary>
[Route("tinh-hinh-nop")]
[Authorize(Policy = Policies.WardOverview)]
public sealed class ComplianceController(AppDbContext db, ComplianceQuery compliance, Notifier notifier) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(int? periodId)
    {
        var period = await compliance.FindPeriodAsync(periodId);
        return period is null ? NotFound() : View(await compliance.LoadAsync(period));
    }

    [HttpPost("nhac-nho")]
    [Authorize(Policy = Policies.Office)]
    public async Task<IActionResult> Remind(int periodId)
    {
        var period = await compliance.FindPeriodAsync(periodId);
        if (period is null)
        {
            return NotFound();
        }

        if (period.IsClosed)
        {
            TempData.Error(ReportWorkflow.ClosedMessage(period));
            return RedirectToAction(nameof(Index), new { periodId });
        }

        var model = await compliance.LoadAsync(period);
        var units = model.Rows.Where(r => r.State.AwaitsSubmission()).Select(r => r.UnitId).ToList();
        var users = await notifier.NotifyUnitsAsync(units, $"Nhắc nộp báo cáo {period.Name}",
            $"Đơn vị chưa gửi báo cáo kỳ {period.Name} (chốt số liệu {period.Window}). Hạn nộp: {period.Deadline:dd/MM/yyyy}. Đề nghị hoàn thành và gửi báo cáo.",
            $"/bao-cao-don-vi/{period.Id}");
        await db.SaveChangesAsync();
        await notifier.FlushEmailAsync();
        TempData.Success($"Đã gửi nhắc nhở tới {units.Count} đơn vị chưa nộp ({users} tài khoản cán bộ).");
        return RedirectToAction(nameof(Index), new { periodId });
    }
}
