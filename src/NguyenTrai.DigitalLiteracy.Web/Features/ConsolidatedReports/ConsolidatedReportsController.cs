using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using NguyenTrai.DigitalLiteracy.Domain.Reports;
using NguyenTrai.DigitalLiteracy.Domain.Consolidation;
using NguyenTrai.DigitalLiteracy.Reporting;
using NguyenTrai.DigitalLiteracy.Reporting.Documents;
using NguyenTrai.DigitalLiteracy.Reporting.Workflow;
using NguyenTrai.DigitalLiteracy.Web.Infrastructure;
using NguyenTrai.DigitalLiteracy.Web.Infrastructure.Authorization;

namespace NguyenTrai.DigitalLiteracy.Web.Features.ConsolidatedReports;

/// <summary>
/// Drafts and previews of consolidated reports: the office writes; leadership reads what was sent to it. Every step
/// that carries the form's text saves that text first, so an issue is always exactly what the clerk sees. The steps
/// between the office and leadership live in <see cref="ReportDecisionsController"/>.
/// </summary>
[Authorize(Policy = Policies.WardOverview)]
[Route("bao-cao-tong-hop")]
public sealed class ConsolidatedReportsController(
    ReportPages pages, ConsolidatedReportService reports, ReportLifecycle lifecycle, ReportIssuing issuing, CurrentUser me, WardClock clock) : Controller
{
    private bool LeadershipView => !me.IsOffice;

    [HttpGet("")]
    public async Task<IActionResult> Index() => View(await pages.ListAsync(LeadershipView));

    [HttpGet("tao-moi")]
    [Authorize(Policy = Policies.Office)]
    public async Task<IActionResult> Create() => View(await pages.WithPeriodsAsync(new CreateReportModel()));

    [HttpPost("tao-moi")]
    [Authorize(Policy = Policies.Office)]
    public async Task<IActionResult> Create(CreateReportModel model)
    {
        var report = ModelState.IsValid ? await pages.CreateDraftAsync(model, new ReportActor(me.Id, me.DisplayName, clock.UtcNow)) : null;
        if (report is null)
        {
            if (ModelState.IsValid)
            {
                ModelState.AddModelError(nameof(model.PeriodId), "Kỳ báo cáo đã chọn không còn tồn tại. Vui lòng chọn lại.");
            }

            return View(await pages.WithPeriodsAsync(model));
        }

        TempData.Success("Đã tạo dự thảo. Các câu có số liệu được tạo tự động từ số liệu đã phê duyệt; hãy bổ sung nội dung của Phòng.");
        return RedirectToAction(nameof(Edit), new { id = report.Id });
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Edit(int id) =>
        await FindVisibleAsync(id) is { } report ? View(await pages.PageAsync(report, LeadershipView)) : NotFound();

    /// <summary>
    /// The office's form: "preview" renders exactly the text in the form without saving it; "save", "send" (a city
    /// report to leadership) and "issue" (a report to the committee) save the text first.
    /// </summary>
    [HttpPost("{id:int}")]
    [Authorize(Policy = Policies.Office)]
    public async Task<IActionResult> Edit(int id, [Bind(Prefix = "Form")] EditReportModel form, string? intent)
    {
        var report = await pages.FindAsync(id, tracking: true);
        if (report is null)
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return View(await pages.PageAsync(report, LeadershipView, form));
        }

        var figures = await reports.FiguresAsync(report);
        reports.UpdateDraft(report, form.ToUpdate(), figures, acknowledgeFigures: intent is null or "save");
        if (intent == "preview")
        {
            // Exactly the text in the form, not saved: the page (and its version token) stays valid for "Lưu".
            return Pdf(await reports.PreviewAsync(report, figures), $"du-thao-bao-cao-{id}.pdf");
        }

        await reports.SaveAsync();
        var actor = new ReportActor(me.Id, me.DisplayName, clock.UtcNow);
        var refusal = intent is "issue" or "send"
            ? (await reports.CheckAsync(report, figures)).Refusal(form.ConfirmChanges, form.ConfirmIncomplete,
                form.FiguresShown == ConsolidatedReportService.Fingerprint(figures), report.NeedsLeadershipApproval)
            : null;
        var outcome = refusal is not null ? StepOutcome.Refused(refusal) : intent switch
        {
            "issue" => await issuing.IssueReportAsync(report, figures, form.RegisterNumber, Request, actor),
            "send" => await ReportIssuing.AttemptAsync(async () =>
            {
                await lifecycle.SendToLeadershipAsync(report, report.RowVersion, actor);
                return "Đã trình lãnh đạo duyệt. Báo cáo không sửa được trong khi chờ duyệt; muốn sửa, hãy rút lại.";
            }),
            _ => StepOutcome.Done("Đã lưu dự thảo."),
        };
        TempData.Show(outcome.Succeeded, outcome.Message);
        return RedirectToAction(nameof(Edit), new { id });
    }

    /// <summary>The draft as saved, marked "DỰ THẢO": what leadership reviews before approving.</summary>
    [HttpGet("{id:int}/xem-truoc")]
    public async Task<IActionResult> Preview(int id)
    {
        var report = await FindVisibleAsync(id);
        return report is null ? NotFound() : Pdf(await reports.PreviewAsync(report, await reports.FiguresAsync(report)), $"du-thao-bao-cao-{id}.pdf");
    }

    /// <summary>The draft's appendix workbook; issued versions offer only their frozen workbook (registry).</summary>
    [HttpGet("{id:int}/excel")]
    public async Task<IActionResult> Excel(int id)
    {
        var report = await FindVisibleAsync(id);
        return report is null || report.Status == ConsolidatedReportStatus.Issued
            ? NotFound()
            : File(await reports.DraftWorkbookAsync(report, await reports.FiguresAsync(report)), AppendixWorkbook.ContentType, $"du-thao-phu-luc-{id}.xlsx");
    }

    /// <summary>The initiatives selected for the city among those the report counts (same rule, same window), as a draft.</summary>
    [HttpGet("{id:int}/sang-kien")]
    public async Task<IActionResult> Initiatives(int id)
    {
        var report = await FindVisibleAsync(id);
        return report is null ? NotFound() : Pdf(await reports.InitiativeCompilationPreviewAsync(report), $"du-thao-sang-kien-{id}.pdf");
    }

    /// <summary>The office sees every report; leadership only what was sent to it.</summary>
    private async Task<ConsolidatedReport?> FindVisibleAsync(int id) =>
        await pages.FindAsync(id) is { } report && (!LeadershipView || report.IsVisibleToLeadership) ? report : null;

    private FileContentResult Pdf(byte[] pdf, string name)
    {
        Response.Headers.ContentDisposition = $"inline; filename=\"{name}\"";
        return File(pdf, "application/pdf");
    }
}
