using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using NguyenTrai.DigitalLiteracy.Data;
using NguyenTrai.DigitalLiteracy.Domain.Common;
using NguyenTrai.DigitalLiteracy.Domain.Reports;
using NguyenTrai.DigitalLiteracy.Reporting.Rules;
using NguyenTrai.DigitalLiteracy.Reporting.Workflow;
using NguyenTrai.DigitalLiteracy.Web.Features.UnitReports;
using NguyenTrai.DigitalLiteracy.Web.Infrastructure;
using NguyenTrai.DigitalLiteracy.Web.Infrastructure.Authorization;

namespace NguyenTrai.DigitalLiteracy.Web.Features.Review;

/// <summary>The office reviews unit reports: approve, return with a reason, reopen an approval, bulk approve.</summary>
[Route("duyet-bao-cao")]
[Authorize(Policy = Policies.Office)]
public sealed class ReviewController(AppDbContext db, IAuthorizationService authorization, ReviewQueueQuery queue, ReportContentsQuery contents, ChangesSinceReturnQuery changes, UnitReportWorkflow workflow, CurrentUser me, WardClock clock) : Controller
{
    private ReportActor Actor => new(me.Id, me.DisplayName, clock.UtcNow);

    [HttpGet("")]
    public async Task<IActionResult> Index(int? periodId, string? status, int? unitId, int page = 1) =>
        View(await queue.LoadAsync(periodId, status ?? nameof(UnitReportStatus.Submitted), unitId, page));

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Show(int id)
    {
        var model = await LoadPageAsync(id);
        return model is null ? NotFound() : View(model);
    }

    /// <summary>A unit's report for a period: the link of a first submission's notification, written before the report had an id.</summary>
    [HttpGet("don-vi/{unitId:int}/ky/{periodId:int}")]
    public async Task<IActionResult> OfUnit(int unitId, int periodId)
    {
        var id = await db.UnitReports.AsNoTracking().Where(r => r.UnitId == unitId && r.ReportingPeriodId == periodId).Select(r => (int?)r.Id).FirstOrDefaultAsync();
        return id is null ? NotFound() : RedirectToAction(nameof(Show), new { id });
    }

    [HttpPost("{id:int}/phe-duyet")]
    public Task<IActionResult> Approve(int id, string? rowVersion) =>
        ActAsync(id, report => workflow.ApproveAsync(report, RowVersionText.Parse(rowVersion), Actor), "Đã phê duyệt báo cáo.");

    [HttpPost("{id:int}/tra-lai")]
    public async Task<IActionResult> Return(int id, [Bind(Prefix = "Return")] ReturnForm form)
    {
        if (!ModelState.IsValid)
        {
            return await InvalidAsync(id, page => page with { Return = form });
        }

        return await ActAsync(id, report => workflow.ReturnAsync(report, RowVersionText.Parse(form.RowVersion), form.Reason!, Actor), "Đã trả lại báo cáo cho đơn vị.");
    }

    [HttpPost("{id:int}/mo-lai")]
    public async Task<IActionResult> Reopen(int id, [Bind(Prefix = "Reopen")] ReopenForm form)
    {
        if (!ModelState.IsValid)
        {
            return await InvalidAsync(id, page => page with { Reopen = form });
        }

        return await ActAsync(id, report => workflow.ReopenAsync(report, RowVersionText.Parse(form.RowVersion), form.Reason!, Actor), "Đã mở lại báo cáo; đơn vị sẽ chỉnh sửa và gửi lại.");
    }

    [HttpPost("phe-duyet-hang-loat")]
    public async Task<IActionResult> BulkApprove(int[] ids, string? returnUrl)
    {
        if (ids.Length == 0)
        {
            TempData.Error("Vui lòng chọn ít nhất một báo cáo đã gửi để phê duyệt.");
        }
        else
        {
            var approved = await workflow.BulkApproveAsync(ids, Actor);
            var skipped = ids.Distinct().Count() - approved;
            TempData.Success($"Đã phê duyệt {approved} báo cáo." + (skipped > 0 ? $" {skipped} báo cáo không còn ở trạng thái đã gửi (hoặc kỳ đã khóa sổ) nên được bỏ qua." : ""));
        }

        return Url.IsLocalUrl(returnUrl) ? LocalRedirect(returnUrl) : RedirectToAction(nameof(Index));
    }

    private async Task<IActionResult> ActAsync(int id, Func<UnitReport, Task> action, string success)
    {
        var report = await db.UnitReports.Include(r => r.ReportingPeriod).FirstOrDefaultAsync(r => r.Id == id);
        if (report is null)
        {
            return NotFound();
        }

        if (!(await authorization.AuthorizeAsync(User, report, Operations.Review)).Succeeded)
        {
            return Forbid();
        }

        try
        {
            await action(report);
            TempData.Success(success);
        }
        catch (DomainRuleException ex)
        {
            TempData.Error(ex.Message);
        }

        return RedirectToAction(nameof(Show), new { id });
    }

    private async Task<IActionResult> InvalidAsync(int id, Func<ReviewPage, ReviewPage> withPosted)
    {
        var page = await LoadPageAsync(id);
        return page is null ? NotFound() : View(nameof(Show), withPosted(page));
    }

    private async Task<ReviewPage?> LoadPageAsync(int id)
    {
        var report = await db.UnitReports.AsNoTracking().Include(r => r.ReportingPeriod).Include(r => r.Unit).FirstOrDefaultAsync(r => r.Id == id);
        if (report is null)
        {
            return null;
        }

        var narrative = new NarrativeForm { Highlights = report.Highlights, Difficulties = report.Difficulties, Proposals = report.Proposals };
        var period = PeriodInfo.Of(report.ReportingPeriod!);
        return new ReviewPage(report.Id, report.Unit!.Name, period, report.Status, Deadlines.Of(period.Deadline, clock.Today, report.FirstSubmittedAtUtc),
            report.SubmittedAtUtc, report.ReturnReason, RowVersionText.Of(report.RowVersion), narrative,
            await contents.LoadAsync(report.UnitId, period, report.Id, report.Status),
            await changes.LoadAsync(report.Id, report.UnitId, period));
    }
}
