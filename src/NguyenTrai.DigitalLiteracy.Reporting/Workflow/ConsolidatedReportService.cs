using Microsoft.EntityFrameworkCore;
using NguyenTrai.DigitalLiteracy.Data;
using NguyenTrai.DigitalLiteracy.Domain.Common;
using NguyenTrai.DigitalLiteracy.Domain.Consolidation;
using NguyenTrai.DigitalLiteracy.Domain.Periods;
using NguyenTrai.DigitalLiteracy.Domain.Reports;
using NguyenTrai.DigitalLiteracy.Pdf;
using NguyenTrai.DigitalLiteracy.Reporting.Compliance;
using NguyenTrai.DigitalLiteracy.Reporting.Documents;
using NguyenTrai.DigitalLiteracy.Reporting.Figures;
using NguyenTrai.DigitalLiteracy.Reporting.Narrative;
using NguyenTrai.DigitalLiteracy.Reporting.Rules;

namespace NguyenTrai.DigitalLiteracy.Reporting.Workflow;

/// <summary>
/// Consolidated report drafts: drafts hold the office's own paragraphs; every preview composes the text and appendix
/// from the figures of that moment and is marked "DỰ THẢO". Moves between states are <see cref="ReportLifecycle"/>'s,
/// issuing is <see cref="DocumentIssuer"/>'s.
/// </summary>
public sealed class ConsolidatedReportService(
    AppDbContext db, ReportFiguresLoader loader, ComplianceQuery compliance, InitiativeCompilation initiatives, WardProfileStore profiles, WardClock clock)
{
    public async Task<ConsolidatedReport> CreateDraftAsync(ReportAudience audience, int? periodId, PeriodWindow window, IReadOnlyCollection<int> campaignIds, string subject, ReportActor actor)
    {
        var campaigns = await db.Campaigns.Where(c => campaignIds.Contains(c.Id)).ToListAsync();
        var letterhead = await profiles.LetterheadAsync(audience);
        var clerk = NarrativeDrafter.DefaultClerkText();
        var report = new ConsolidatedReport
        {
            Audience = audience,
            ReportingPeriodId = periodId,
            WindowStart = window.Start,
            WindowEnd = window.End,
            Subject = VietnameseText.Normalize(subject) ?? "",
            SectionNextTasks = clerk.NextTasks,
            SectionProposals = clerk.Proposals,
            Recipients = letterhead.DefaultRecipients,
            SignerName = letterhead.DefaultSigner,
            CreatedAtUtc = clock.UtcNow,
            CreatedById = actor.UserId,
            Campaigns = campaigns,
        };
        MarkSeen(report, await FiguresAsync(report));
        db.ConsolidatedReports.Add(report);
        await db.SaveChangesAsync();
        ReportAudit.Add(db, actor, ReportAudit.Drafted, report, $"Lập dự thảo \"{report.Subject}\" ({audience.Text()}).");
        await db.SaveChangesAsync();
        return report;
    }

    /// <summary>The trích yếu when the office leaves it empty; a movement-scoped report names its movements.</summary>
    public static string DefaultSubject(string? periodName, PeriodWindow window, IReadOnlyCollection<string> movements) =>
        $"Kết quả thực hiện phong trào \"Bình dân học vụ số\""
        + (movements.Count > 0 ? $" hưởng ứng {string.Join(", ", movements.Select(m => $"\"{m}\""))}" : "")
        + $" {(periodName is null ? WindowName(window) : periodName.ToLower(ReportText.Vietnamese))}";

    public static string WindowName(PeriodWindow window) => $"từ ngày {ReportText.D(window.Start)} đến ngày {ReportText.D(window.End)}";

    /// <summary>Saves; a lost race becomes the one conflict message.</summary>
    public Task SaveAsync() => db.SaveAsync();

    public Task<Letterhead> LetterheadAsync(ConsolidatedReport report) => profiles.LetterheadAsync(report.Audience);

    /// <summary>The initiative compilation of the report's window as a draft (the issued ones are stored).</summary>
    public async Task<byte[]> InitiativeCompilationPreviewAsync(ConsolidatedReport report, CancellationToken ct = default)
    {
        var document = InitiativeCompilation.Compose(await profiles.LetterheadAsync(ReportAudience.City, ct), WindowName(ScopeOf(report).Window), clock.Today, null,
            await InitiativeRowsAsync(report, ct), CompilationSigner(report));
        document.DraftMark = DocumentParts.DraftMark;
        return PdfRenderer.Render(document, signing: null);
    }

    public async Task<IReadOnlyList<InitiativeRow>> InitiativeRowsAsync(ConsolidatedReport report, CancellationToken ct = default) =>
        await initiatives.RowsAsync(await ReportingReference.LoadAsync(db, ct), ScopeOf(report), ct);

    /// <summary>The compilation goes in the committee's name: the city report's signer when it is one.</summary>
    public static string? CompilationSigner(ConsolidatedReport report) => report.Audience == ReportAudience.City ? report.SignerName : null;

    public async Task<ReportFigures> FiguresAsync(ConsolidatedReport report, CancellationToken ct = default) =>
        await loader.LoadAsync(await ReportingReference.LoadAsync(db, ct), ScopeOf(report), ct);

    /// <summary>The report's window and movements: a movement-scoped report counts only entries tagged with one of them.</summary>
    public static FiguresScope ScopeOf(ConsolidatedReport report) =>
        new(new PeriodWindow(report.WindowStart, report.WindowEnd), CampaignIds: report.Campaigns.Count == 0 ? null : [.. report.Campaigns.Select(c => c.Id)]);

    /// <summary>The clerk has seen these figures (on saving the draft, or acknowledging the changes).</summary>
    public void MarkSeen(ConsolidatedReport report, ReportFigures figures)
    {
        report.FiguresSeenJson = FigureDigest.ToJson(FigureDigest.Of(figures));
        report.FiguresSeenAtUtc = clock.UtcNow;
    }

    /// <summary>A fingerprint of the figures, put in the page, so a confirmation is about the figures actually shown.</summary>
    public static string Fingerprint(ReportFigures figures) => FigureDigest.Fingerprint(FigureDigest.Of(figures));

    /// <summary>
    /// Applies the office's text to a draft (the version it edited, or the lost-race message). Saving acknowledges the
    /// figures the page showed when they are still current; previews and issues never do (issuing asks separately).
    /// </summary>
    public void UpdateDraft(ConsolidatedReport report, DraftUpdate update, ReportFigures figures, bool acknowledgeFigures)
    {
        report.RequireDraft();
        db.Expect(report, update.RowVersion);
        report.Subject = VietnameseText.Normalize(update.Subject) ?? "";
        report.SectionDirection = Text(update.Sections.Direction);
        report.SectionResults = Text(update.Sections.Results);
        report.SectionAssessment = Text(update.Sections.Strengths);
        report.SectionLimitations = Text(update.Sections.Limitations);
        report.SectionNextTasks = Text(update.Sections.NextTasks);
        report.SectionProposals = Text(update.Sections.Proposals);
        report.Recipients = Text(update.Recipients);
        report.SignerName = VietnameseText.Normalize(update.SignerName) ?? "";
        report.IncludeSessionList = update.IncludeSessionList;
        report.UpdatedAtUtc = clock.UtcNow;
        if (acknowledgeFigures && update.FiguresShown == Fingerprint(figures))
        {
            MarkSeen(report, figures);
        }
    }

    private static string? Text(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null : VietnameseText.Normalize(text.Replace("\r\n", "\n", StringComparison.Ordinal));

    public async Task<IssueCheck> CheckAsync(ConsolidatedReport report, ReportFigures figures, CancellationToken ct = default)
    {
        var reference = await ReportingReference.LoadAsync(db, ct);
        var obligations = await compliance.ForWindowAsync(reference, ScopeOf(report), ct);
        var missing = obligations.Where(o => !o.IsApproved).Select(o => o.Unit).Distinct()
            .OrderBy(u => u.Name, ReportingReference.VietnameseOrder).Select(u => u.Name).ToList();
        return new IssueCheck(report.WindowEnd, clock.Today > report.WindowEnd, missing, obligations.Count(o => o.IsApproved), obligations.Count,
            FigureDigest.Changes(report.FiguresSeenJson, FigureDigest.Of(figures)));
    }

    /// <summary>The report as it would be issued today, with a blank number and "DỰ THẢO" on every page.</summary>
    public async Task<byte[]> PreviewAsync(ConsolidatedReport report, ReportFigures figures)
    {
        var document = ConsolidatedReportComposer.Compose(ContentOf(report, await LetterheadAsync(report), null, clock.Today), figures);
        document.DraftMark = DocumentParts.DraftMark;
        return PdfRenderer.Render(document, signing: null);
    }

    /// <summary>The appendix workbook headed like the document: issuer, number and date (or "Dự thảo"), window.</summary>
    public static byte[] Workbook(ReportContent content, ReportFigures figures) => AppendixWorkbook.Create(figures, new WorkbookHeading(
        content.Letterhead.IssuingBody,
        content.Sequence is null ? "Dự thảo, chưa ban hành" : $"Kèm theo Báo cáo số {content.Number} ngày {ReportText.D(content.DocumentDate)}",
        figures.WindowStart, figures.WindowEnd));

    /// <summary>The draft's workbook, from the figures of this moment.</summary>
    public async Task<byte[]> DraftWorkbookAsync(ConsolidatedReport report, ReportFigures figures) =>
        Workbook(ContentOf(report, await LetterheadAsync(report), null, clock.Today), figures);

    public static ReportContent ContentOf(ConsolidatedReport r, Letterhead letterhead, int? sequence, DateOnly date) => new(
        letterhead,
        r.Subject,
        sequence,
        date,
        new DraftSections(r.SectionDirection ?? "", r.SectionResults ?? "", r.SectionAssessment ?? "", r.SectionLimitations ?? "", r.SectionNextTasks ?? "", r.SectionProposals ?? ""),
        r.Recipients ?? "",
        r.SignerName ?? "",
        r.IncludeSessionList);

    /// <summary>Reports the office is working on first, then those waiting for leadership, then the issued ones.</summary>
    public static IQueryable<ConsolidatedReport> VisibleTo(IQueryable<ConsolidatedReport> reports, bool leadership) =>
        leadership ? reports.Where(r => r.Status != ConsolidatedReportStatus.Draft || r.SentAtUtc != null) : reports;
}
