using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using NguyenTrai.DigitalLiteracy.Domain.Common;
using NguyenTrai.DigitalLiteracy.Domain.Consolidation;
using NguyenTrai.DigitalLiteracy.Domain.Periods;
using NguyenTrai.DigitalLiteracy.Domain.Reports;
using NguyenTrai.DigitalLiteracy.Reporting.Documents;
using NguyenTrai.DigitalLiteracy.Reporting.Workflow;
using NguyenTrai.DigitalLiteracy.Web.Infrastructure;
using NguyenTrai.DigitalLiteracy.Web.Infrastructure.Authorization;

namespace NguyenTrai.DigitalLiteracy.Web.Features.ConsolidatedReports;

/// <summary>
/// Drafts, previews, approvals and issues of consolidated reports. The office writes and issues; a report to the city
/// goes to leadership first, who previews it and approves or returns it. Every step that carries the form's text
/// saves that text first, so a preview or an issue is always exactly what the clerk sees.
/// </summary>
[Authorize(Policy = Policies.WardOverview)]
[Route("bao-cao-tong-hop")]
public sealed class ConsolidatedReportsController(
    ReportPages pages, ConsolidatedReportService reports, ReportLifecycle lifecycle, DocumentIssuer issuer, CurrentUser me, WardClock clock, IConfiguration configuration) : Controller
{
    private bool LeadershipView => !me.IsOffice;

    private ReportActor Actor => new(me.Id, me.DisplayName, clock.UtcNow);

    [HttpGet("")]
    public async Task<IActionResult> Index() => View(await pages.ListAsync(LeadershipView));

    [HttpGet("tao-moi")]
    [Authorize(Policy = Policies.Office)]
    public async Task<IActionResult> Create() => View(await pages.WithPeriodsAsync(new CreateReportModel()));

    [HttpPost("tao-moi")]
    [Authorize(Policy = Policies.Office)]
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
        var subject = string.IsNullOrWhiteSpace(model.Subject) ? ConsolidatedReportService.DefaultSubject(period?.Name, window) : model.Subject;
        var report = await reports.CreateDraftAsync(model.Audience, period?.Id, window, subject, Actor);
        TempData.Success("Đã tạo dự thảo. Các câu có số liệu được tạo tự động từ số liệu đã phê duyệt; hãy bổ sung nội dung của Phòng.");
        return RedirectToAction(nameof(Edit), new { id = report.Id });
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Edit(int id) =>
        await FindVisibleAsync(id) is { } report ? View(await pages.PageAsync(report, LeadershipView)) : NotFound();

    /// <summary>
    /// The office's form: "save", "preview" (a PDF of exactly this text), "send" (a city report to leadership) and
    /// "issue" (a report to the committee) all save the text first.
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
        await reports.SaveAsync();
        switch (intent)
        {
            case "preview":
                return Pdf(await reports.PreviewAsync(report, figures), $"du-thao-bao-cao-{id}.pdf");
            case "issue" or "send" when await RefusalAsync(report, form, figures) is { } refusal:
                TempData.Error(refusal);
                break;
            case "issue":
                return await IssueAsync(report, figures, form.RegisterNumber);
            case "send":
                await lifecycle.SendToLeadershipAsync(report, report.RowVersion, Actor);
                TempData.Success("Đã trình lãnh đạo duyệt. Báo cáo không sửa được trong khi chờ duyệt; muốn sửa, hãy rút lại.");
                break;
            default:
                TempData.Success("Đã lưu dự thảo.");
                break;
        }

        return RedirectToAction(nameof(Edit), new { id });
    }

    /// <summary>The draft as saved, marked "DỰ THẢO": what leadership reviews before approving.</summary>
    [HttpGet("{id:int}/xem-truoc")]
    public async Task<IActionResult> Preview(int id)
    {
        var report = await FindVisibleAsync(id);
        return report is null ? NotFound() : Pdf(await reports.PreviewAsync(report, await reports.FiguresAsync(report)), $"du-thao-bao-cao-{id}.pdf");
    }

    [HttpPost("{id:int}/rut-lai")]
    [Authorize(Policy = Policies.Office)]
    public Task<IActionResult> Withdraw(int id, string? rowVersion) => MoveAsync(id, rowVersion, async r =>
    {
        await lifecycle.WithdrawAsync(r, RowVersionText.Parse(rowVersion), Actor);
        return "Đã rút lại báo cáo để chỉnh sửa. Sau khi sửa, hãy trình lãnh đạo duyệt lại.";
    });

    [HttpPost("{id:int}/tra-lai")]
    [Authorize(Policy = Policies.Leadership)]
    public Task<IActionResult> Return(int id, string? rowVersion, string? comment) => MoveAsync(id, rowVersion, async r =>
    {
        await lifecycle.ReturnAsync(r, RowVersionText.Parse(rowVersion), comment ?? "", Actor);
        return "Đã trả lại báo cáo cho Phòng kèm ý kiến.";
    });

    /// <summary>Leadership approves the text and figures it previewed; figures that moved since are refused.</summary>
    [HttpPost("{id:int}/duyet")]
    [Authorize(Policy = Policies.Leadership)]
    public Task<IActionResult> Approve(int id, string? rowVersion, string? figuresShown) => MoveAsync(id, rowVersion, async r =>
    {
        var current = ConsolidatedReportService.Fingerprint(await reports.FiguresAsync(r));
        if (figuresShown != current)
        {
            throw new DomainRuleException("Số liệu của báo cáo vừa thay đổi (có báo cáo đơn vị được duyệt hoặc mở lại). Hãy xem lại bản xem trước rồi duyệt.");
        }

        await lifecycle.ApproveAsync(r, RowVersionText.Parse(rowVersion), current, Actor);
        return "Đã duyệt báo cáo. Phòng sẽ lấy số theo sổ văn thư và ban hành.";
    });

    /// <summary>The office issues a city report leadership approved (its text can no longer change).</summary>
    [HttpPost("{id:int}/ban-hanh")]
    [Authorize(Policy = Policies.Office)]
    public async Task<IActionResult> Issue(int id, string? rowVersion, string? registerNumber)
    {
        var report = await pages.FindAsync(id, tracking: true);
        if (report is null)
        {
            return NotFound();
        }

        if (!report.RowVersion.AsSpan().SequenceEqual(RowVersionText.Parse(rowVersion)))
        {
            TempData.Error(ReportLifecycle.ChangedByOthers);
            return RedirectToAction(nameof(Edit), new { id });
        }

        return await IssueAsync(report, await reports.FiguresAsync(report), registerNumber);
    }

    [HttpPost("{id:int}/phien-ban-moi")]
    [Authorize(Policy = Policies.Office)]
    public Task<IActionResult> NewVersion(int id, string? rowVersion) => MoveAsync(id, rowVersion, async r =>
    {
        await lifecycle.StartNewVersionAsync(r, RowVersionText.Parse(rowVersion), Actor);
        return r.NeedsLeadershipApproval
            ? "Đã tạo phiên bản mới để chỉnh sửa; phiên bản mới phải được lãnh đạo duyệt lại. Các bản đã ban hành được giữ nguyên."
            : "Đã tạo phiên bản mới để chỉnh sửa. Các bản đã ban hành được giữ nguyên.";
    });

    /// <summary>The draft's appendix workbook; issued versions offer only their frozen workbook (registry).</summary>
    [HttpGet("{id:int}/excel")]
    public async Task<IActionResult> Excel(int id)
    {
        var report = await FindVisibleAsync(id);
        if (report is null || report.Status == ConsolidatedReportStatus.Issued)
        {
            return NotFound();
        }

        return File(AppendixWorkbook.Create(await reports.FiguresAsync(report)), AppendixWorkbook.ContentType, $"du-thao-phu-luc-{id}.xlsx");
    }

    /// <summary>The initiatives selected for the city among those the report counts (same rule, same window), as a draft.</summary>
    [HttpGet("{id:int}/sang-kien")]
    public async Task<IActionResult> Initiatives(int id)
    {
        var report = await FindVisibleAsync(id);
        return report is null ? NotFound() : Pdf(await reports.InitiativeCompilationPreviewAsync(report), $"du-thao-sang-kien-{id}.pdf");
    }

    [HttpPost("{id:int}/sang-kien/ban-hanh")]
    [Authorize(Policy = Policies.Office)]
    public async Task<IActionResult> IssueInitiatives(int id, string? registerNumber)
    {
        var report = await pages.FindAsync(id, tracking: true);
        if (report is null)
        {
            return NotFound();
        }

        try
        {
            var issued = await issuer.IssueInitiativeCompilationAsync(report, new IssueRequest(ParseNumber(registerNumber), PublicUrls.BaseUrl(Request, configuration), Actor));
            TempData.Success($"Đã ban hành bản tổng hợp sáng kiến số {issued.Number} (phiên bản {issued.Version}).");
        }
        catch (DomainRuleException ex)
        {
            TempData.Error(ex.Message);
        }

        return RedirectToAction(nameof(Edit), new { id });
    }

    /// <summary>What the clerk must confirm before a report leaves the office (issued, or sent to leadership).</summary>
    private async Task<string?> RefusalAsync(ConsolidatedReport report, EditReportModel form, ReportFigures figures)
    {
        var check = await reports.CheckAsync(report, figures);
        var confirmed = form.FiguresShown == ConsolidatedReportService.Fingerprint(figures);
        var what = report.NeedsLeadershipApproval ? "Chưa trình lãnh đạo." : "Chưa ban hành.";
        return check.NeedsChangesConfirmation && !(form.ConfirmChanges && confirmed)
            ? $"{what} Số liệu đã thay đổi kể từ lần bạn xem gần nhất. Hãy xem bảng thay đổi, đánh dấu \"Tôi đã xem các thay đổi số liệu\" rồi thực hiện lại."
            : check.NeedsCompletenessConfirmation && !(form.ConfirmIncomplete && confirmed)
                ? $"{what} {check.IncompleteWarning} Nếu vẫn tiếp tục, hãy đánh dấu \"Tôi vẫn ban hành dù số liệu chưa đầy đủ\"."
                : null;
    }

    private async Task<IActionResult> IssueAsync(ConsolidatedReport report, ReportFigures figures, string? registerNumber)
    {
        try
        {
            var issued = await issuer.IssueReportAsync(report, figures, new IssueRequest(ParseNumber(registerNumber), PublicUrls.BaseUrl(Request, configuration), Actor));
            TempData.Success($"Đã ban hành báo cáo số {issued.Number} (phiên bản {issued.Version}){(issued.SignedWith is null ? ", không có chữ ký số" : ", đã ký số")}.");
        }
        catch (DomainRuleException ex)
        {
            TempData.Error(ex.Message);
        }

        return RedirectToAction(nameof(Edit), new { id = report.Id });
    }

    /// <summary>Empty takes the next free number; anything else must be a whole number.</summary>
    private static int? ParseNumber(string? text) => string.IsNullOrWhiteSpace(text)
        ? null
        : int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var n)
            ? n
            : throw new DomainRuleException("Số văn bản phải là số nguyên (ví dụ 12); để trống để lấy số kế tiếp.");

    private async Task<IActionResult> MoveAsync(int id, string? rowVersion, Func<ConsolidatedReport, Task<string>> move)
    {
        var report = await pages.FindAsync(id, tracking: true);
        if (report is null || (LeadershipView && !report.IsVisibleToLeadership))
        {
            return NotFound();
        }

        try
        {
            TempData.Success(await move(report));
        }
        catch (DomainRuleException ex)
        {
            TempData.Error(ex.Message);
        }

        return RedirectToAction(nameof(Edit), new { id });
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
