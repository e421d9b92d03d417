using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using NguyenTrai.DigitalLiteracy.Data;
using NguyenTrai.DigitalLiteracy.Domain.Consolidation;
using NguyenTrai.DigitalLiteracy.Reporting.Documents;
using NguyenTrai.DigitalLiteracy.Web.Infrastructure.Authorization;

namespace NguyenTrai.DigitalLiteracy.Web.Features.IssuedReports;

public sealed record IssuedReportRow(int Id, string Number, DateOnly IssueDate, string Subject, ReportAudience Audience, IssuedDocumentKind Kind, int Version, string Sha256, long Size, string Code, bool IsSigned, bool HasWorkbook);

/// <summary>The registry of issued documents (reports and initiative compilations); downloads return the stored bytes, never a re-render.</summary>
[Authorize(Policy = Policies.WardOverview)]
[Route("bao-cao-da-ban-hanh")]
public sealed class IssuedReportsController(AppDbContext db) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index() => View(await db.IssuedReports.AsNoTracking()
        .OrderByDescending(i => i.IssuedAtUtc).ThenByDescending(i => i.Id)
        .Select(i => new IssuedReportRow(i.Id, i.Number, i.IssueDate, i.Subject ?? i.ConsolidatedReport!.Subject, i.ConsolidatedReport!.Audience, i.Kind, i.Version,
            i.PdfSha256, i.PdfSizeBytes, i.VerificationCode, i.SignedWith != null, i.XlsxSha256 != null))
        .ToListAsync());

    [HttpGet("{id:int}/tai-ve")]
    public async Task<IActionResult> Download(int id)
    {
        var issued = await db.IssuedReports.AsNoTracking().Where(i => i.Id == id).Select(i => new { i.Pdf, i.Number, i.Version }).FirstOrDefaultAsync();
        return issued is null ? NotFound() : File(issued.Pdf, "application/pdf", $"bao-cao-{issued.Number.Replace('/', '-')}-v{issued.Version}.pdf");
    }

    /// <summary>The appendix workbook frozen with the issued PDF, byte for byte; never a re-render.</summary>
    [HttpGet("{id:int}/excel")]
    public async Task<IActionResult> Excel(int id)
    {
        var issued = await db.IssuedReports.AsNoTracking().Where(i => i.Id == id).Select(i => new { i.Xlsx, i.Number, i.Version }).FirstOrDefaultAsync();
        return issued?.Xlsx is null
            ? NotFound()
            : File(issued.Xlsx, AppendixWorkbook.ContentType, $"phu-luc-{issued.Number.Replace('/', '-')}-v{issued.Version}.xlsx");
    }
}
