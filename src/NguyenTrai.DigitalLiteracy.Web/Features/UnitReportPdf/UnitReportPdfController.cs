using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using NguyenTrai.DigitalLiteracy.Data;
using NguyenTrai.DigitalLiteracy.Domain.Common;
using NguyenTrai.DigitalLiteracy.Domain.Entries;
using NguyenTrai.DigitalLiteracy.Pdf;
using NguyenTrai.DigitalLiteracy.Web.Features.ConsolidatedReports;
using NguyenTrai.DigitalLiteracy.Web.Infrastructure;
using NguyenTrai.DigitalLiteracy.Web.Infrastructure.Authorization;

namespace NguyenTrai.DigitalLiteracy.Web.Features.UnitReportPdf;

/// <summary>A unit's own report as PDF: that unit's staff, the office and leadership (Operations.Read).</summary>
[Route("bao-cao-pdf")]
public sealed class UnitReportPdfController(AppDbContext db, IAuthorizationService authorization, WardClock clock) : Controller
{
    [HttpGet("don-vi/{id:int}")]
    public async Task<IActionResult> Unit(int id)
    {
        var report = await db.UnitReports.AsNoTracking().Include(r => r.Unit).Include(r => r.ReportingPeriod).FirstOrDefaultAsync(r => r.Id == id);
        if (report is null)
        {
            return NotFound();
        }

        if (!(await authorization.AuthorizeAsync(User, report, Operations.Read)).Succeeded)
        {
            return Forbid();
        }

        var (from, to, unitId) = (report.ReportingPeriod!.StartDate, report.ReportingPeriod.EndDate, report.UnitId);
        IQueryable<T> Own<T>() where T : Entry => db.Set<T>().AsNoTracking().Where(e => e.UnitId == unitId && e.Date >= from && e.Date <= to).OrderBy(e => e.Date).ThenBy(e => e.Id);
        var propaganda = await Own<PropagandaActivity>().Select(p => new { p.Date, p.Title, p.Channel, p.Quantity, p.EstimatedReach }).ToListAsync();
        var sessions = await Own<TrainingSession>().Select(s => new { s.Date, s.Title, s.Format, s.ParticipantsTotal, s.ParticipantsWomen, s.ParticipantsAged60Plus }).ToListAsync();
        var initiatives = await Own<Initiative>().Select(i => new { i.Date, i.Title, i.Status }).ToListAsync();
        var integrations = await Own<IntegrationActivity>().Select(i => new { i.Date, i.PlanName, i.Content }).ToListAsync();
        var data = new UnitReportData(
            report.Unit!.Name, report.ReportingPeriod.Name, from, to, report.Status.Text(), clock.Today,
            [.. propaganda.Select(p => (p.Date, p.Title, p.Channel.Text(), p.Quantity, p.EstimatedReach))],
            [.. sessions.Select(s => new SessionRow(s.Date, report.Unit.Name, s.Title, s.Format.Text(), s.ParticipantsTotal, s.ParticipantsWomen, s.ParticipantsAged60Plus))],
            [.. initiatives.Select(i => (i.Date, i.Title, i.Status.Text()))],
            [.. integrations.Select(i => (i.Date, i.PlanName, i.Content))],
            report.Highlights, report.Difficulties, report.Proposals);
        Response.Headers.ContentDisposition = $"inline; filename=\"bao-cao-don-vi-{id}.pdf\"";
        return File(PdfRenderer.Render(UnitReportComposer.Compose(data)), "application/pdf");
    }
}
