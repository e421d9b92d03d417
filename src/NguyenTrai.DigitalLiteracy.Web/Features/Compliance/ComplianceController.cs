using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using NguyenTrai.DigitalLiteracy.Data;
using NguyenTrai.DigitalLiteracy.Domain.Periods;
using NguyenTrai.DigitalLiteracy.Reporting.Compliance;
using NguyenTrai.DigitalLiteracy.Reporting.Rules;
using NguyenTrai.DigitalLiteracy.Reporting.Workflow;
using NguyenTrai.DigitalLiteracy.Web.Features.Notifications;
using NguyenTrai.DigitalLiteracy.Web.Features.Review;
using NguyenTrai.DigitalLiteracy.Web.Infrastructure;
using NguyenTrai.DigitalLiteracy.Web.Infrastructure.Authorization;

namespace NguyenTrai.DigitalLiteracy.Web.Features.Compliance;

/// <summary>Who has reported for a period (office and leadership); the office reminds those who have not.</summary>
[Route("tinh-hinh-nop")]
[Authorize(Policy = Policies.WardOverview)]
public sealed class ComplianceController(AppDbContext db, ComplianceQuery compliance, Notifier notifier, WardClock clock) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(int? periodId)
    {
        var model = await LoadAsync(periodId);
        return model is null ? NotFound() : View(model);
    }

    [HttpPost("nhac-nho")]
    [Authorize(Policy = Policies.Office)]
    public async Task<IActionResult> Remind(int periodId)
    {
        var model = await LoadAsync(periodId);
        if (model is null)
        {
            return NotFound();
        }

        var period = model.Period;
        if (period.IsClosed || !model.IsUnitObligation)
        {
            TempData.Error(period.IsClosed ? UnitReportWorkflow.ClosedMessage(period.Name) : "Kỳ này không phải kỳ các đơn vị gửi báo cáo; hãy nhắc theo từng tháng.");
            return RedirectToAction(nameof(Index), new { periodId });
        }

        var units = model.UnitsToRemind;
        var users = await notifier.NotifyUnitsAsync(units, $"Nhắc nộp báo cáo {period.Name}",
            $"Đơn vị chưa gửi báo cáo kỳ {period.Name} (chốt số liệu {period.Window}). Hạn nộp: {period.Deadline:dd/MM/yyyy}. Đề nghị hoàn thành và gửi báo cáo.",
            $"/bao-cao-don-vi/{period.Id}");
        await db.SaveChangesAsync();
        await notifier.FlushEmailAsync();
        TempData.Success($"Đã gửi nhắc nhở tới {units.Count} đơn vị chưa nộp ({users} tài khoản cán bộ).");
        return RedirectToAction(nameof(Index), new { periodId });
    }

    /// <summary>The chosen period, or by default the monthly period due next (the one being reported now), else the latest.</summary>
    private async Task<ComplianceModel?> LoadAsync(int? periodId)
    {
        var reference = await ReportingReference.LoadAsync(db);
        var today = clock.Today;
        var period = periodId is { } id
            ? reference.Period(id)
            : reference.Periods.Where(p => p.Kind == PeriodKind.Monthly && p.Deadline >= today).MinBy(p => p.Deadline)
              ?? reference.Periods.MaxBy(p => p.Deadline);
        if (period is null)
        {
            return null;
        }

        var owed = ComplianceQuery.PeriodsOwedFor(reference, period);
        var units = reference.Units.Where(u => u.SubmitsReports).ToList();
        var obligations = await compliance.ObligationsAsync(owed, units);
        var expected = obligations.Select(o => o.Unit.Id).ToHashSet();
        var notExpected = units.Where(u => !expected.Contains(u.Id)).Select(u => u.Name).Order(ReportingReference.VietnameseOrder).ToList();
        var options = reference.Periods.OrderByDescending(p => p.Deadline).ThenBy(p => p.Kind).Select(p => new ListOption(p.Id, p.Name)).ToList();
        return new ComplianceModel(period, today, obligations, notExpected, options);
    }
}
