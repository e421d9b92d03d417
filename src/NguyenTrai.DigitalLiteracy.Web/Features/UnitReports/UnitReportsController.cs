using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using NguyenTrai.DigitalLiteracy.Data;
using NguyenTrai.DigitalLiteracy.Domain.Common;
using NguyenTrai.DigitalLiteracy.Web.Infrastructure;
using NguyenTrai.DigitalLiteracy.Web.Infrastructure.Authorization;

namespace NguyenTrai.DigitalLiteracy.Web.Features.UnitReports;

/// <summary>Staff's period reports: the unit always comes from the signed-in user, never from the request.</summary>
[Route("bao-cao-don-vi")]
[Authorize(Policy = Policies.UnitStaff)]
public sealed class UnitReportsController(AppDbContext db, CurrentUser me, WardClock clock, ReportContentsQuery contents, ReportWorkflow workflow) : Controller
{
    private const int PageSize = 20;

    private int UnitId => me.UnitId ?? throw new InvalidOperationException("UnitStaff policy guarantees a unit.");

    [HttpGet("")]
    public async Task<IActionResult> Index(int page = 1)
    {
        var unit = await db.Units.AsNoTracking().FirstAsync(u => u.Id == UnitId);
        var today = clock.Today;
        var periods = (await db.ReportingPeriods.AsNoTracking().Where(p => p.StartDate <= today).OrderByDescending(p => p.Deadline).ThenBy(p => p.Kind).ToListAsync())
            .Where(p => unit.IsExpectedToReport(p.Window)).ToList();
        var reports = await db.UnitReports.AsNoTracking().Where(r => r.UnitId == unit.Id)
            .Select(r => new { r.ReportingPeriodId, r.Status, r.SubmittedLate }).ToDictionaryAsync(r => r.ReportingPeriodId);
        page = Math.Clamp(page, 1, Math.Max(1, (periods.Count + PageSize - 1) / PageSize));
        var rows = periods.Skip((page - 1) * PageSize).Take(PageSize).Select(p =>
        {
            var state = reports.TryGetValue(p.Id, out var r) ? ReportStates.Of(r.Status, r.SubmittedLate) : ReportState.NotStarted;
            return new PeriodRow(p.Id, p.Name, p.Window, p.Deadline, p.IsClosed, state, state.AwaitsSubmission() && today > p.Deadline);
        }).ToList();
        return View(new UnitPeriodsModel(unit.Name, rows, page, (periods.Count + PageSize - 1) / PageSize));
    }

    [HttpGet("{periodId:int}")]
    public async Task<IActionResult> Report(int periodId)
    {
        var model = await LoadPageAsync(periodId, null);
        return model is null ? NotFound() : View(model);
    }

    /// <summary>One form, two buttons: intent "submit" sends the report, anything else saves the draft.</summary>
    [HttpPost("{periodId:int}")]
    public async Task<IActionResult> Report(int periodId, [Bind(Prefix = "Narrative")] NarrativeForm narrative, string? intent)
    {
        var submit = intent == "submit";
        var unit = await db.Units.AsNoTracking().FirstAsync(u => u.Id == UnitId);
        var period = await db.ReportingPeriods.AsNoTracking().FirstOrDefaultAsync(p => p.Id == periodId);
        if (period is null || !unit.IsExpectedToReport(period.Window))
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return View(nameof(Report), await LoadPageAsync(periodId, narrative));
        }

        try
        {
            await workflow.SaveAsync(unit.Id, period, narrative, submit);
            TempData.Success(submit ? $"Đã gửi báo cáo kỳ {period.Name} tới Phòng Văn hóa - Xã hội." : "Đã lưu bản nháp báo cáo.");
        }
        catch (DomainRuleException ex)
        {
            TempData.Error(ex.Message);
        }

        return RedirectToAction(nameof(Report), new { periodId });
    }

    private async Task<UnitReportPage?> LoadPageAsync(int periodId, NarrativeForm? posted)
    {
        var unit = await db.Units.AsNoTracking().FirstAsync(u => u.Id == UnitId);
        var period = await db.ReportingPeriods.AsNoTracking().FirstOrDefaultAsync(p => p.Id == periodId);
        if (period is null || !unit.IsExpectedToReport(period.Window))
        {
            return null;
        }

        var report = await db.UnitReports.AsNoTracking().FirstOrDefaultAsync(r => r.UnitId == unit.Id && r.ReportingPeriodId == periodId);
        var narrative = posted ?? new NarrativeForm { Highlights = report?.Highlights, Difficulties = report?.Difficulties, Proposals = report?.Proposals };
        if (posted is null)
        {
            narrative.RowVersion = RowVersionText.Of(report?.RowVersion);
        }

        var canEdit = !period.IsClosed && (report is null || report.CanBeEditedByUnit);
        return new UnitReportPage(unit.Name, period, ReportStates.Of(report?.Status, report?.SubmittedLate ?? false), report?.SubmittedAtUtc,
            report?.Status == Domain.Reports.UnitReportStatus.Returned ? report.ReturnReason : null, canEdit, narrative,
            await contents.LoadAsync(unit.Id, period, report?.Id), report?.Id);
    }
}
