using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using NguyenTrai.DigitalLiteracy.Data;
using NguyenTrai.DigitalLiteracy.Domain.Common;
using NguyenTrai.DigitalLiteracy.Domain.Consolidation;
using NguyenTrai.DigitalLiteracy.Domain.Periods;
using NguyenTrai.DigitalLiteracy.Web.Infrastructure;
using NguyenTrai.DigitalLiteracy.Web.Infrastructure.Authorization;

namespace NguyenTrai.DigitalLiteracy.Web.Features.ConsolidatedReports;

[Authorize(Policy = Policies.Office)]
[Route("bao-cao-tong-hop")]
public sealed class ConsolidatedReportsController(AppDbContext db, ConsolidatedReportService reports, ReportFiguresQuery figures, InitiativeCompilation initiatives) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index() => View(await db.ConsolidatedReports.AsNoTracking()
        .OrderByDescending(r => r.Id)
        .Select(r => new ReportListItem(r.Id, r.Subject, r.Audience, r.WindowStart, r.WindowEnd, r.Status, r.Issues.Count))
        .ToListAsync());

    [HttpGet("tao-moi")]
    public async Task<IActionResult> Create() => View(await WithPeriodsAsync(new CreateReportModel()));

    [HttpPost("tao-moi")]
    public async Task<IActionResult> Create(CreateReportModel model)
    {
        var period = model.PeriodId is { } id ? await db.ReportingPeriods.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id) : null;
        var from = period?.StartDate ?? model.From;
        var to = period?.EndDate ?? model.To;
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
            return View(await WithPeriodsAsync(model));
        }

        var subject = string.IsNullOrWhiteSpace(model.Subject)
            ? $"Kết quả thực hiện phong trào \"Bình dân học vụ số\" {(period is null ? $"từ ngày {ReportText.D(from!.Value)} đến ngày {ReportText.D(to!.Value)}" : period.Name.ToLower(ReportText.Vietnamese))}"
            : model.Subject;
        var report = await reports.CreateDraftAsync(model.Audience, period?.Id, from!.Value, to!.Value, subject);
        TempData.Success("Đã tạo dự thảo báo cáo từ số liệu đã phê duyệt. Hãy rà soát, chỉnh sửa từng phần.");
        return RedirectToAction(nameof(Edit), new { id = report.Id });
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Edit(int id)
    {
        var report = await db.ConsolidatedReports.AsNoTracking().Include(r => r.Issues).FirstOrDefaultAsync(r => r.Id == id);
        return report is null ? NotFound() : View(PageOf(report, FormOf(report)));
    }

    [HttpPost("{id:int}")]
    public async Task<IActionResult> Edit(int id, [Bind(Prefix = "Form")] EditReportModel form)
    {
        var report = await db.ConsolidatedReports.Include(r => r.Issues).FirstOrDefaultAsync(r => r.Id == id);
        if (report is null)
        {
            return NotFound();
        }

        report.RequireDraft();
        if (!ModelState.IsValid)
        {
            return View(PageOf(report, form));
        }

        db.Expect(report, form.RowVersion);
        report.Subject = VietnameseText.Normalize(form.Subject) ?? "";
        report.SectionDirection = Normalize(form.Direction);
        report.SectionResults = Normalize(form.Results);
        report.SectionAssessment = Normalize(form.Assessment);
        report.SectionNextTasks = Normalize(form.NextTasks);
        report.SectionProposals = Normalize(form.Proposals);
        report.Recipients = Normalize(form.Recipients);
        report.SignerName = VietnameseText.Normalize(form.SignerName) ?? "";
        await db.SaveAsync();
        TempData.Success("Đã lưu dự thảo.");
        return RedirectToAction(nameof(Edit), new { id });
    }

    [HttpGet("{id:int}/xem-truoc")]
    public async Task<IActionResult> Preview(int id, bool danhSachBuoi = false)
    {
        var report = await db.ConsolidatedReports.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id);
        if (report is null)
        {
            return NotFound();
        }

        Response.Headers.ContentDisposition = $"inline; filename=\"du-thao-bao-cao-{id}.pdf\"";
        return File(await reports.PreviewAsync(report, danhSachBuoi), "application/pdf");
    }

    [HttpPost("{id:int}/ban-hanh")]
    public async Task<IActionResult> Issue(int id, bool danhSachBuoi = false)
    {
        var report = await db.ConsolidatedReports.FirstOrDefaultAsync(r => r.Id == id);
        if (report is null)
        {
            return NotFound();
        }

        var issued = await reports.IssueAsync(report, danhSachBuoi);
        TempData.Success($"Đã ban hành báo cáo số {issued.Number} (phiên bản {issued.Version}).");
        return RedirectToAction(nameof(Edit), new { id });
    }

    /// <summary>Makes the sections editable again; issued versions keep their stored PDF and figures.</summary>
    [HttpPost("{id:int}/phien-ban-moi")]
    public async Task<IActionResult> NewVersion(int id)
    {
        var report = await db.ConsolidatedReports.FirstOrDefaultAsync(r => r.Id == id);
        if (report is null)
        {
            return NotFound();
        }

        report.Status = ConsolidatedReportStatus.Draft;
        await db.SaveChangesAsync();
        TempData.Success("Đã tạo phiên bản mới để chỉnh sửa. Các bản đã ban hành được giữ nguyên.");
        return RedirectToAction(nameof(Edit), new { id });
    }

    [HttpGet("{id:int}/excel")]
    public async Task<IActionResult> Excel(int id)
    {
        var report = await db.ConsolidatedReports.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id);
        if (report is null)
        {
            return NotFound();
        }

        var data = await figures.LoadAsync(report.WindowStart, report.WindowEnd);
        return File(AppendixWorkbook.Create(data), AppendixWorkbook.ContentType, $"phu-luc-bao-cao-{id}.xlsx");
    }

    [HttpGet("sang-kien")]
    public async Task<IActionResult> Initiatives(int periodId)
    {
        var period = await db.ReportingPeriods.AsNoTracking().FirstOrDefaultAsync(p => p.Id == periodId);
        if (period is null)
        {
            return NotFound();
        }

        var pdf = await initiatives.RenderAsync(period);
        Response.Headers.ContentDisposition = $"inline; filename=\"sang-kien-{periodId}.pdf\"";
        return File(pdf, "application/pdf");
    }

    private static string? Normalize(string? text) => text is null ? null : VietnameseText.Normalize(text.Replace("\r\n", "\n", StringComparison.Ordinal));

    private static EditReportModel FormOf(ConsolidatedReport r) => new()
    {
        Id = r.Id,
        Subject = r.Subject,
        Direction = r.SectionDirection,
        Results = r.SectionResults,
        Assessment = r.SectionAssessment,
        NextTasks = r.SectionNextTasks,
        Proposals = r.SectionProposals,
        Recipients = r.Recipients ?? "",
        SignerName = r.SignerName ?? "",
        RowVersion = RowVersionText.Of(r.RowVersion),
    };

    private static ReportPage PageOf(ConsolidatedReport r, EditReportModel form) => new(
        form, r.Audience, r.WindowStart, r.WindowEnd, r.Status == ConsolidatedReportStatus.Draft,
        [.. r.Issues.OrderBy(i => i.Version).Select(i => new IssuedVersion(i.Id, i.Version, i.Number, i.IssueDate, i.PdfSha256))]);

    private async Task<CreateReportModel> WithPeriodsAsync(CreateReportModel model)
    {
        model.Periods = await db.ReportingPeriods.AsNoTracking()
            .Where(p => p.Kind != PeriodKind.Monthly || p.Year >= 2025)
            .OrderByDescending(p => p.StartDate).ThenByDescending(p => p.Kind)
            .Select(p => new SelectListItem(p.Name, p.Id.ToString()))
            .ToListAsync();
        return model;
    }
}
