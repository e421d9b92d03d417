using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using NguyenTrai.DigitalLiteracy.Data;
using NguyenTrai.DigitalLiteracy.Domain.Consolidation;
using NguyenTrai.DigitalLiteracy.Domain.Periods;
using NguyenTrai.DigitalLiteracy.Reporting.Documents;
using NguyenTrai.DigitalLiteracy.Reporting.Narrative;
using NguyenTrai.DigitalLiteracy.Reporting.Workflow;
using NguyenTrai.DigitalLiteracy.Web.Infrastructure;

namespace NguyenTrai.DigitalLiteracy.Web.Features.ConsolidatedReports;

/// <summary>Builds the report pages' view models from the Reporting module; no figure is computed here.</summary>
public sealed class ReportPages(AppDbContext db, ConsolidatedReportService reports)
{
    public Task<ConsolidatedReport?> FindAsync(int id, bool tracking = false) =>
        (tracking ? db.ConsolidatedReports : db.ConsolidatedReports.AsNoTracking()).Include(r => r.Issues).Include(r => r.Campaigns).FirstOrDefaultAsync(r => r.Id == id);

    public async Task<ReportPage> PageAsync(ConsolidatedReport report, EditReportModel? posted = null)
    {
        var figures = await reports.FiguresAsync(report);
        var form = posted ?? FormOf(report);
        form.FiguresShown = ConsolidatedReportService.Fingerprint(figures);
        var content = ConsolidatedReportService.ContentOf(report, null, DateOnly.MinValue, false);
        return new ReportPage(form, report.Audience, report.WindowStart, report.WindowEnd, report.Status == ConsolidatedReportStatus.Draft,
            NarrativeDrafter.Generate(figures, content.Letterhead),
            FigureDigest.Changes(report.FiguresSeenJson, FigureDigest.Of(figures)),
            await reports.CheckAsync(report, figures),
            [.. report.Issues.OrderBy(i => i.Version).Select(i => new IssuedVersion(i.Id, i.Version, i.Number, i.IssueDate, i.PdfSha256, i.XlsxSha256 is not null))]);
    }

    public async Task<CreateReportModel> WithPeriodsAsync(CreateReportModel model)
    {
        model.Periods = await db.ReportingPeriods.AsNoTracking()
            .OrderByDescending(p => p.StartDate).ThenByDescending(p => p.Kind)
            .Select(p => new SelectListItem(p.Name, p.Id.ToString()))
            .ToListAsync();
        model.Campaigns = await db.Campaigns.AsNoTracking().OrderBy(c => c.SortOrder)
            .Select(c => new SelectListItem(c.Name, c.Id.ToString(), model.CampaignIds.Contains(c.Id)))
            .ToListAsync();
        return model;
    }

    public Task<List<string>> CampaignNamesAsync(IReadOnlyCollection<int> ids) =>
        db.Campaigns.AsNoTracking().Where(c => ids.Contains(c.Id)).OrderBy(c => c.SortOrder).Select(c => c.Name).ToListAsync();

    public Task<ReportingPeriod?> PeriodAsync(int? id) =>
        id is { } periodId ? db.ReportingPeriods.AsNoTracking().FirstOrDefaultAsync(p => p.Id == periodId) : Task.FromResult<ReportingPeriod?>(null);

    public Task<List<ReportListItem>> ListAsync() => db.ConsolidatedReports.AsNoTracking()
        .OrderByDescending(r => r.Id)
        .Select(r => new ReportListItem(r.Id, r.Subject, r.Audience, r.WindowStart, r.WindowEnd, r.Status, r.Issues.Count))
        .ToListAsync();

    private static EditReportModel FormOf(ConsolidatedReport r) => new()
    {
        Id = r.Id,
        Subject = r.Subject,
        Direction = r.SectionDirection,
        Results = r.SectionResults,
        Strengths = r.SectionAssessment,
        Limitations = r.SectionLimitations,
        NextTasks = r.SectionNextTasks,
        Proposals = r.SectionProposals,
        Recipients = r.Recipients ?? "",
        SignerName = r.SignerName ?? "",
        RowVersion = RowVersionText.Of(r.RowVersion),
    };
}
