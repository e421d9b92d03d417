using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using NguyenTrai.DigitalLiteracy.Data;
using NguyenTrai.DigitalLiteracy.Domain.Reports;
using NguyenTrai.DigitalLiteracy.Domain.Consolidation;
using NguyenTrai.DigitalLiteracy.Domain.Periods;
using NguyenTrai.DigitalLiteracy.Reporting;
using NguyenTrai.DigitalLiteracy.Reporting.Documents;
using NguyenTrai.DigitalLiteracy.Reporting.Narrative;
using NguyenTrai.DigitalLiteracy.Reporting.Workflow;
using NguyenTrai.DigitalLiteracy.Web.Infrastructure;

namespace NguyenTrai.DigitalLiteracy.Web.Features.ConsolidatedReports;

/// <summary>Builds the report pages' view models from the Reporting module; no figure is computed here.</summary>
public sealed class ReportPages(AppDbContext db, ConsolidatedReportService reports, DocumentRegister register, DocumentSigner signer, WardClock clock)
{
    public Task<ConsolidatedReport?> FindAsync(int id, bool tracking = false) =>
        (tracking ? db.ConsolidatedReports : db.ConsolidatedReports.AsNoTracking()).Include(r => r.Issues).Include(r => r.Campaigns).FirstOrDefaultAsync(r => r.Id == id);

    public async Task<ReportPage> PageAsync(ConsolidatedReport report, bool leadershipView, EditReportModel? posted = null)
    {
        var figures = await reports.FiguresAsync(report);
        var letterhead = await reports.LetterheadAsync(report);
        var form = posted ?? FormOf(report);
        form.FiguresShown = ConsolidatedReportService.Fingerprint(figures);
        var year = clock.Today.Year;
        var suggested = await register.SuggestAsync(year, letterhead.Symbol);
        form.RegisterNumber ??= suggested.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var history = await db.AuditEntries.AsNoTracking()
            .Where(a => a.EntityType == ReportAudit.EntityType && a.EntityId == report.Id.ToString())
            .OrderByDescending(a => a.AtUtc).ThenByDescending(a => a.Id)
            .Select(a => new ReportStep(a.AtUtc, a.UserName, a.Summary ?? a.Action))
            .ToListAsync();
        return new ReportPage(form, report.Status, report.Audience, report.WindowStart, report.WindowEnd,
            NarrativeDrafter.Generate(figures, letterhead),
            FigureDigest.Changes(report.FiguresSeenJson, FigureDigest.Of(figures)),
            await reports.CheckAsync(report, figures),
            [.. report.Issues.OrderBy(i => i.Kind).ThenBy(i => i.Version)
                .Select(i => new IssuedVersion(i.Id, i.Kind, i.Version, i.Number, i.IssueDate, i.PdfSha256, i.XlsxSha256 is not null, i.VerificationCode, i.SignedWith is not null))],
            new IssueBox(year, letterhead.Symbol, suggested, signer.Status()),
            leadershipView, report.NeedsLeadershipApproval, report.LeadershipComment, report.ReviewedByName, report.ReviewedAtUtc,
            report.MayIssueInitiativeCompilation, history);
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

    /// <summary>A draft for the chosen period (or the typed window); null when the chosen period does not exist.</summary>
    public async Task<ConsolidatedReport?> CreateDraftAsync(CreateReportModel model, ReportActor actor)
    {
        var period = model.PeriodId is { } periodId ? await db.ReportingPeriods.AsNoTracking().FirstOrDefaultAsync(p => p.Id == periodId) : null;
        if ((model.PeriodId is not null && period is null) || (period is null && (model.From is null || model.To is null)))
        {
            return null;
        }

        var window = period is null ? new PeriodWindow(model.From!.Value, model.To!.Value) : new PeriodWindow(period.StartDate, period.EndDate);
        var movements = await db.Campaigns.AsNoTracking().Where(c => model.CampaignIds.Contains(c.Id)).OrderBy(c => c.SortOrder).Select(c => c.Name).ToListAsync();
        var subject = string.IsNullOrWhiteSpace(model.Subject) ? ConsolidatedReportService.DefaultSubject(period?.Name, window, movements) : model.Subject;
        return await reports.CreateDraftAsync(model.Audience, period?.Id, window, model.CampaignIds, subject, actor);
    }

    /// <summary>The office sees every report; leadership what was sent to it, the ones waiting for it first.</summary>
    public Task<List<ReportListItem>> ListAsync(bool leadership) => ConsolidatedReportService.VisibleTo(db.ConsolidatedReports.AsNoTracking(), leadership)
        .OrderBy(r => leadership && r.Status == ConsolidatedReportStatus.AwaitingApproval ? 0 : 1).ThenByDescending(r => r.Id)
        .Select(r => new ReportListItem(r.Id, r.Subject, r.Audience, r.WindowStart, r.WindowEnd, r.Status, r.Issues.Count(i => i.Kind == IssuedDocumentKind.Report)))
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
        IncludeSessions = r.IncludeSessionList,
        RowVersion = RowVersionText.Of(r.RowVersion),
    };
}
