using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using NguyenTrai.DigitalLiteracy.Data;
using NguyenTrai.DigitalLiteracy.Reporting.Documents;
using NguyenTrai.DigitalLiteracy.Web.Infrastructure.Authorization;

namespace NguyenTrai.DigitalLiteracy.Web.Features.UnitReportPdf;

/// <summary>A unit's own report as PDF: that unit's staff, the office and leadership (Operations.Read).</summary>
[Route("bao-cao-pdf")]
public sealed class UnitReportPdfController(AppDbContext db, IAuthorizationService authorization, UnitReportDocument document) : Controller
{
    [HttpGet("don-vi/{id:int}")]
    public async Task<IActionResult> Unit(int id, CancellationToken ct)
    {
        var report = await db.UnitReports.AsNoTracking().Include(r => r.Unit).Include(r => r.ReportingPeriod).FirstOrDefaultAsync(r => r.Id == id, ct);
        if (report is null)
        {
            return NotFound();
        }

        if (!(await authorization.AuthorizeAsync(User, report, Operations.Read)).Succeeded)
        {
            return Forbid();
        }

        Response.Headers.ContentDisposition = $"inline; filename=\"bao-cao-don-vi-{id}.pdf\"";
        return File(await document.RenderAsync(report, ct), "application/pdf");
    }
}
