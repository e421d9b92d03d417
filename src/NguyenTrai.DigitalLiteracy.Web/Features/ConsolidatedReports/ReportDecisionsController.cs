using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using NguyenTrai.DigitalLiteracy.Data;
using NguyenTrai.DigitalLiteracy.Domain.Reports;
using NguyenTrai.DigitalLiteracy.Domain.Common;
using NguyenTrai.DigitalLiteracy.Domain.Consolidation;
using NguyenTrai.DigitalLiteracy.Reporting;
using NguyenTrai.DigitalLiteracy.Reporting.Workflow;
using NguyenTrai.DigitalLiteracy.Web.Infrastructure;
using NguyenTrai.DigitalLiteracy.Web.Infrastructure.Authorization;

namespace NguyenTrai.DigitalLiteracy.Web.Features.ConsolidatedReports;

/// <summary>
/// The steps of a consolidated report between the office and leadership: withdraw, return, approve, issue an approved
/// report, start a new version, issue the initiative compilation. Each step checks the version the page showed, so two
/// people acting on the same report cannot overwrite each other.
/// </summary>
[Authorize(Policy = Policies.WardOverview)]
[Route("bao-cao-tong-hop/{id:int}")]
public sealed class ReportDecisionsController(
    ReportPages pages, ConsolidatedReportService reports, ReportLifecycle lifecycle, ReportIssuing issuing, CurrentUser me, WardClock clock) : Controller
{
    private ReportActor Actor => new(me.Id, me.DisplayName, clock.UtcNow);

    [HttpPost("rut-lai")]
    [Authorize(Policy = Policies.Office)]
    public Task<IActionResult> Withdraw(int id, string? rowVersion) => StepAsync(id, async r =>
    {
        await lifecycle.WithdrawAsync(r, RowVersionText.Parse(rowVersion), Actor);
        return "Đã rút lại báo cáo để chỉnh sửa. Sau khi sửa, hãy trình lãnh đạo duyệt lại.";
    });

    [HttpPost("tra-lai")]
    [Authorize(Policy = Policies.Leadership)]
    public Task<IActionResult> Return(int id, string? rowVersion, string? comment) => StepAsync(id, async r =>
    {
        await lifecycle.ReturnAsync(r, RowVersionText.Parse(rowVersion), comment ?? "", Actor);
        return "Đã trả lại báo cáo cho Phòng kèm ý kiến.";
    });

    /// <summary>Leadership approves the text and figures it previewed; figures that moved since are refused.</summary>
    [HttpPost("duyet")]
    [Authorize(Policy = Policies.Leadership)]
    public Task<IActionResult> Approve(int id, string? rowVersion, string? figuresShown) => StepAsync(id, async r =>
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
    [HttpPost("ban-hanh")]
    [Authorize(Policy = Policies.Office)]
    public async Task<IActionResult> Issue(int id, string? rowVersion, string? registerNumber)
    {
        var report = await pages.FindAsync(id, tracking: true);
        if (report is null)
        {
            return NotFound();
        }

        var outcome = report.RowVersion.AsSpan().SequenceEqual(RowVersionText.Parse(rowVersion))
            ? await issuing.IssueReportAsync(report, await reports.FiguresAsync(report), registerNumber, Request, Actor)
            : StepOutcome.Refused(ReportLifecycle.ChangedByOthers);
        return Shown(outcome, id);
    }

    [HttpPost("phien-ban-moi")]
    [Authorize(Policy = Policies.Office)]
    public Task<IActionResult> NewVersion(int id, string? rowVersion) => StepAsync(id, async r =>
    {
        await lifecycle.StartNewVersionAsync(r, RowVersionText.Parse(rowVersion), Actor);
        return r.NeedsLeadershipApproval
            ? "Đã tạo phiên bản mới để chỉnh sửa; phiên bản mới phải được lãnh đạo duyệt lại. Các bản đã ban hành được giữ nguyên."
            : "Đã tạo phiên bản mới để chỉnh sửa. Các bản đã ban hành được giữ nguyên.";
    });

    [HttpPost("sang-kien/ban-hanh")]
    [Authorize(Policy = Policies.Office)]
    public async Task<IActionResult> IssueInitiatives(int id, string? registerNumber)
    {
        var report = await pages.FindAsync(id, tracking: true);
        return report is null ? NotFound() : Shown(await issuing.IssueCompilationAsync(report, registerNumber, Request, Actor), id);
    }

    private async Task<IActionResult> StepAsync(int id, Func<ConsolidatedReport, Task<string>> step)
    {
        var report = await pages.FindAsync(id, tracking: true);
        return report is null || (!me.IsOffice && !report.IsVisibleToLeadership)
            ? NotFound()
            : Shown(await ReportIssuing.AttemptAsync(() => step(report)), id);
    }

    private RedirectToActionResult Shown(StepOutcome outcome, int id)
    {
        TempData.Show(outcome.Succeeded, outcome.Message);
        return RedirectToAction(nameof(ConsolidatedReportsController.Edit), "ConsolidatedReports", new { id });
    }
}
