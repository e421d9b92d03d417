using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using NguyenTrai.DigitalLiteracy.Domain.Consolidation;
using NguyenTrai.DigitalLiteracy.Domain.Periods;
using NguyenTrai.DigitalLiteracy.Reporting.Documents;
using NguyenTrai.DigitalLiteracy.Reporting.Workflow;
using NguyenTrai.DigitalLiteracy.Web.Infrastructure;
using NguyenTrai.DigitalLiteracy.Web.Infrastructure.Authorization;

namespace NguyenTrai.DigitalLiteracy.Web.Features.ConsolidatedReports;

/// <summary>Drafts, previews and issues consolidated reports; every step saves the text in the form first.</summary>
[Authorize(Policy = Policies.Office)]
[Route("bao-cao-tong-hop")]
public sealed class ConsolidatedReportsController(ReportPages pages, ConsolidatedReportService reports, CurrentUser me) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index() => View(await pages.ListAsync());

    [HttpGet("tao-moi")]
    public async Task<IActionResult> Create() => View(await pages.WithPeriodsAsync(new CreateReportModel()));

    [HttpPost("tao-moi")]
    public async Task<IActionResult> Create(CreateReportModel model)
    {
        var period = await pages.PeriodAsync(model.PeriodId);
        var (from, to) = (period?.StartDate ?? model.From, period?.EndDate ?? model.To);
        if (from is null || to is null)
        {
            ModelState.AddModelError(nameof(model.PeriodId), "Vui lòng chọn kỳ báo cáo hoặc nhập khoảng thời gian (từ ngày, đến ngày).");
        }
        else if (to < from)
        {
            ModelState.AddModelError(nameof(model.To), "Ngày kết thúc không được trước ngày bắt đầu.");
        }

        if (!ModelState.IsValid)
        {
            return View(await pages.WithPeriodsAsync(model));
        }

        var window = new PeriodWindow(from!.Value, to!.Value);
        var subject = string.IsNullOrWhiteSpace(model.Subject)
            ? ConsolidatedReportService.DefaultSubject(period?.Name, window, await pages.CampaignNamesAsync(model.CampaignIds))
            : model.Subject;
        var report = await reports.CreateDraftAsync(model.Audience, period?.Id, window, model.CampaignIds, subject, me.Id);
        TempData.Success("Đã tạo dự thảo. Các câu có số liệu được tạo tự động từ số liệu đã phê duyệt; hãy bổ sung nội dung của Phòng.");
        return RedirectToAction(nameof(Edit), new { id = report.Id });
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Edit(int id) =>
        await pages.FindAsync(id) is { } report ? View(await pages.PageAsync(report)) : NotFound();

    /// <summary>One form: "save" stores the text, "preview" renders exactly the text in the form, "issue" saves it and issues.</summary>
    [HttpPost("{id:int}")]
    public async Task<IActionResult> Edit(int id, [Bind(Prefix = "Form")] EditReportModel form, string? intent)
    {
        var report = await pages.FindAsync(id, tracking: true);
        if (report is null)
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return View(await pages.PageAsync(report, form));
        }

        var figures = await reports.FiguresAsync(report);
        reports.UpdateDraft(report, form.ToUpdate(), figures, acknowledgeFigures: intent is null or "save");
        if (intent == "issue")
        {
            return await IssueAsync(report, form, figures);
        }

        if (intent == "preview")
        {
            // Exactly the text in the form, not saved: the page (and its version token) stays valid for "Lưu".
            return Pdf(reports.Preview(report, figures, form.IncludeSessions), $"du-thao-bao-cao-{id}.pdf");
        }

        await reports.SaveAsync();
        TempData.Success("Đã lưu dự thảo.");
        return RedirectToAction(nameof(Edit), new { id });
    }

    /// <summary>The draft as saved (for links and leadership); the form's button previews unsaved text too.</summary>
    [HttpGet("{id:int}/xem-truoc")]
    public async Task<IActionResult> Preview(int id, bool danhSachBuoi = false)
    {
        var report = await pages.FindAsync(id);
        return report is null ? NotFound() : Pdf(reports.Preview(report, await reports.FiguresAsync(report), danhSachBuoi), $"du-thao-bao-cao-{id}.pdf");
    }

    /// <summary>Makes the text editable again; issued versions keep their stored PDF, workbook and figures.</summary>
    [HttpPost("{id:int}/phien-ban-moi")]
    public async Task<IActionResult> NewVersion(int id)
    {
        var report = await pages.FindAsync(id, tracking: true);
        if (report is null)
        {
            return NotFound();
        }

        await reports.ReopenAsDraftAsync(report);
        TempData.Success("Đã tạo phiên bản mới để chỉnh sửa. Các bản đã ban hành được giữ nguyên.");
        return RedirectToAction(nameof(Edit), new { id });
    }

    /// <summary>The draft's appendix workbook; issued versions offer only their frozen workbook (registry).</summary>
    [HttpGet("{id:int}/excel")]
    public async Task<IActionResult> Excel(int id)
    {
        var report = await pages.FindAsync(id);
        if (report is null || report.Status != ConsolidatedReportStatus.Draft)
        {
            return NotFound();
        }

        return File(reports.DraftWorkbook(report, await reports.FiguresAsync(report)), AppendixWorkbook.ContentType, $"du-thao-phu-luc-{id}.xlsx");
    }

    /// <summary>The initiatives selected for the city among those the report counts (same rule, same window).</summary>
    [HttpGet("{id:int}/sang-kien")]
    public async Task<IActionResult> Initiatives(int id)
    {
        var report = await pages.FindAsync(id);
        return report is null ? NotFound() : Pdf(await reports.InitiativeCompilationAsync(report), $"sang-kien-{id}.pdf");
    }

    private async Task<IActionResult> IssueAsync(ConsolidatedReport report, EditReportModel form, ReportFigures figures)
    {
        var check = await reports.CheckAsync(report, figures);
        var confirmed = form.FiguresShown == ConsolidatedReportService.Fingerprint(figures);
        var refusal = check.NeedsChangesConfirmation && !(form.ConfirmChanges && confirmed)
            ? "Số liệu đã thay đổi kể từ lần bạn xem gần nhất. Hãy xem bảng thay đổi, đánh dấu \"Tôi đã xem các thay đổi số liệu\" rồi ban hành lại."
            : check.NeedsCompletenessConfirmation && !(form.ConfirmIncomplete && confirmed)
                ? $"Chưa ban hành. {check.IncompleteWarning} Nếu vẫn ban hành, hãy đánh dấu \"Tôi vẫn ban hành dù số liệu chưa đầy đủ\"."
                : null;
        if (refusal is not null)
        {
            await reports.SaveAsync();
            TempData.Error(refusal);
            return RedirectToAction(nameof(Edit), new { id = report.Id });
        }

        var issued = await reports.IssueAsync(report, figures, form.IncludeSessions, me.Id);
        TempData.Success($"Đã ban hành báo cáo số {issued.Number} (phiên bản {issued.Version}).");
        return RedirectToAction(nameof(Edit), new { id = report.Id });
    }

    private FileContentResult Pdf(byte[] pdf, string name)
    {
        Response.Headers.ContentDisposition = $"inline; filename=\"{name}\"";
        return File(pdf, "application/pdf");
    }
}
