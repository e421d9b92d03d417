using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using NguyenTrai.DigitalLiteracy.Data;
using NguyenTrai.DigitalLiteracy.Domain.Common;
using NguyenTrai.DigitalLiteracy.Domain.Reports;
using NguyenTrai.DigitalLiteracy.Reporting.Rules;
using NguyenTrai.DigitalLiteracy.Reporting.Workflow;
using NguyenTrai.DigitalLiteracy.Web.Infrastructure;
using NguyenTrai.DigitalLiteracy.Web.Infrastructure.Authorization;

namespace NguyenTrai.DigitalLiteracy.Web.Features.UnitReports;

/// <summary>Staff's period reports: the unit always comes from the signed-in user, never from the request.</summary>
[Route("bao-cao-don-vi")]
[Authorize(Policy = Policies.UnitStaff)]
public sealed class UnitReportsController(AppDbContext db, CurrentUser me, WardClock clock, ReportContentsQuery contents, UnitReportWorkflow workflow, Locality.PortalIdentity portal) : Controller
{
    private const int PageSize = 20;

    private int UnitId => me.UnitId ?? throw new InvalidOperationException("UnitStaff policy guarantees a unit.");

    /// <summary>The periods the unit reports on (months, marked thematic periods): never quarters or years.</summary>
    [HttpGet("")]
    public async Task<IActionResult> Index(int page = 1)
    {
        var reference = await ReportingReference.LoadAsync(db);
        var unit = reference.Units.First(u => u.Id == UnitId);
        var today = clock.Today;
        var periods = reference.Periods
            .Where(p => p.StartDate <= today && UnitExpectation.IsUnitObligation(p) && UnitExpectation.MayReport(unit, p.Window))
            .OrderByDescending(p => p.Deadline).ToList();
        var reports = await db.UnitReports.AsNoTracking().Where(r => r.UnitId == unit.Id)
            .Select(r => new { r.ReportingPeriodId, r.Status, r.FirstSubmittedAtUtc }).ToDictionaryAsync(r => r.ReportingPeriodId);
        var pageCount = Math.Max(1, (periods.Count + PageSize - 1) / PageSize);
        page = Math.Clamp(page, 1, pageCount);
        var rows = periods.Skip((page - 1) * PageSize).Take(PageSize).Select(p =>
        {
            var report = reports.GetValueOrDefault(p.Id);
            var timing = UnitExpectation.IsExpected(unit, p.Window) ? Deadlines.Of(p.Deadline, today, report?.FirstSubmittedAtUtc) : (ReportTiming?)null;
            return new PeriodRow(p, report?.Status, timing);
        }).ToList();
        return View(new UnitPeriodsModel(unit.Name, rows, page, pageCount));
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
        var period = await db.ReportingPeriods.AsNoTracking().FirstOrDefaultAsync(p => p.Id == periodId);
        var unit = await db.Units.AsNoTracking().FirstAsync(u => u.Id == UnitId);
        if (period is null || !UnitExpectation.IsUnitObligation(PeriodInfo.Of(period)) || !UnitExpectation.MayReport(UnitInfo.Of(unit), period.Window))
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return View(nameof(Report), await LoadPageAsync(periodId, narrative));
        }

        try
        {
            await workflow.SaveAsync(unit.Id, period, new ReportNarrative(narrative.Highlights, narrative.Difficulties, narrative.Proposals),
                narrative.PostedVersion, submit, new ReportActor(me.Id, me.DisplayName, clock.UtcNow));
            TempData.Success(submit ? $"Đã gửi báo cáo kỳ {period.Name} tới {(await portal.GetAsync()).OfficeName}." : "Đã lưu bản nháp báo cáo.");
        }
        catch (DomainRuleException ex)
        {
            TempData.Error(ex.Message);
        }

        return RedirectToAction(nameof(Report), new { periodId });
    }

    private async Task<UnitReportPage?> LoadPageAsync(int periodId, NarrativeForm? posted)
    {
        var reference = await ReportingReference.LoadAsync(db);
        var unit = reference.Units.First(u => u.Id == UnitId);
        var period = reference.Period(periodId);
        if (period is null || !UnitExpectation.IsUnitObligation(period) || !UnitExpectation.MayReport(unit, period.Window))
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
        var timing = UnitExpectation.IsExpected(unit, period.Window) ? Deadlines.Of(period.Deadline, clock.Today, report?.FirstSubmittedAtUtc) : (ReportTiming?)null;
        return new UnitReportPage(unit.Name, period, report?.Status, timing, report?.SubmittedAtUtc,
            report?.Status == UnitReportStatus.Returned ? report.ReturnReason : null, canEdit, workflow.WhyCannotSubmit(period), narrative,
            await contents.LoadAsync(unit.Id, period, report?.Id, report?.Status), report?.Id);
    }
}
