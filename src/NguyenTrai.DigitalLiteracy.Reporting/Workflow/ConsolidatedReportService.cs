using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using NguyenTrai.DigitalLiteracy.Data;
using NguyenTrai.DigitalLiteracy.Domain.Common;
using NguyenTrai.DigitalLiteracy.Domain.Consolidation;
using NguyenTrai.DigitalLiteracy.Domain.Periods;
using NguyenTrai.DigitalLiteracy.Pdf;
using NguyenTrai.DigitalLiteracy.Reporting.Compliance;
using NguyenTrai.DigitalLiteracy.Reporting.Documents;
using NguyenTrai.DigitalLiteracy.Reporting.Figures;
using NguyenTrai.DigitalLiteracy.Reporting.Narrative;
using NguyenTrai.DigitalLiteracy.Reporting.Rules;

namespace NguyenTrai.DigitalLiteracy.Reporting.Workflow;

/// <summary>
/// Consolidated reports: drafts hold the office's own paragraphs; every preview and the issue compose the text
/// and appendix from the figures of that moment; issuing freezes text, figures, PDF and workbook together.
/// </summary>
public sealed class ConsolidatedReportService(AppDbContext db, ReportFiguresLoader loader, ComplianceQuery compliance, InitiativeCompilation initiatives, WardClock clock)
{
    public async Task<ConsolidatedReport> CreateDraftAsync(ReportAudience audience, int? periodId, PeriodWindow window, IReadOnlyCollection<int> campaignIds, string subject, string userId)
    {
        var campaigns = await db.Campaigns.Where(c => campaignIds.Contains(c.Id)).ToListAsync();
        var letterhead = Letterhead.For(audience);
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
            CreatedById = userId,
            Campaigns = campaigns,
        };
        MarkSeen(report, await FiguresAsync(report));
        db.ConsolidatedReports.Add(report);
        await db.SaveChangesAsync();
        return report;
    }

    /// <summary>The trích yếu when the office leaves it empty; a movement-scoped report names its movements.</summary>
    public static string DefaultSubject(string? periodName, PeriodWindow window, IReadOnlyCollection<string> movements) =>
        $"Kết quả thực hiện phong trào \"Bình dân học vụ số\""
        + (movements.Count > 0 ? $" hưởng ứng {string.Join(", ", movements.Select(m => $"\"{m}\""))}" : "")
        + $" {(periodName is null ? $"từ ngày {ReportText.D(window.Start)} đến ngày {ReportText.D(window.End)}" : periodName.ToLower(ReportText.Vietnamese))}";

    /// <summary>Saves; a lost race becomes the one conflict message.</summary>
    public Task SaveAsync() => db.SaveAsync();

    /// <summary>Makes an issued report's text editable again; its issued versions stay as they are.</summary>
    public async Task ReopenAsDraftAsync(ConsolidatedReport report)
    {
        report.Status = ConsolidatedReportStatus.Draft;
        report.UpdatedAtUtc = clock.UtcNow;
        await db.SaveChangesAsync();
    }

    /// <summary>The initiative compilation for the report's window, by the report's own counting rule.</summary>
    public async Task<byte[]> InitiativeCompilationAsync(ConsolidatedReport report, CancellationToken ct = default) =>
        await initiatives.RenderAsync(await ReportingReference.LoadAsync(db, ct), ScopeOf(report),
            $"từ ngày {ReportText.D(report.WindowStart)} đến ngày {ReportText.D(report.WindowEnd)}");

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

    public byte[] Preview(ConsolidatedReport report, ReportFigures figures, bool includeSessions) =>
        PdfRenderer.Render(ConsolidatedReportComposer.Compose(ContentOf(report, null, clock.Today, includeSessions), figures));

    /// <summary>Numbers, renders once and stores PDF, workbook, text and figures with their hashes; earlier versions stay.</summary>
    public async Task<IssuedReport> IssueAsync(ConsolidatedReport report, ReportFigures figures, bool includeSessions, string userId)
    {
        report.RequireDraft();
        var today = clock.Today;
        var sequence = 1 + (await db.IssuedReports.Where(i => i.Year == today.Year && i.ConsolidatedReport!.Audience == report.Audience)
            .MaxAsync(i => (int?)i.Sequence) ?? 0);
        var version = 1 + (await db.IssuedReports.Where(i => i.ConsolidatedReportId == report.Id).MaxAsync(i => (int?)i.Version) ?? 0);
        var content = ContentOf(report, sequence, today, includeSessions);
        var pdf = PdfRenderer.Render(ConsolidatedReportComposer.Compose(content, figures));
        var xlsx = Workbook(content, figures);
        var issued = new IssuedReport
        {
            ConsolidatedReportId = report.Id,
            Version = version,
            Sequence = sequence,
            Year = today.Year,
            Number = content.Number,
            IssueDate = today,
            IssuedAtUtc = clock.UtcNow,
            IssuedById = userId,
            Pdf = pdf,
            PdfSha256 = Sha256(pdf),
            PdfSizeBytes = pdf.Length,
            DataSnapshotJson = JsonSerializer.Serialize(figures, Snapshot),
            TextSnapshotJson = JsonSerializer.Serialize(ReportBody.Of(content, figures), Snapshot),
            Xlsx = xlsx,
            XlsxSha256 = Sha256(xlsx),
        };
        report.Status = ConsolidatedReportStatus.Issued;
        report.UpdatedAtUtc = clock.UtcNow;
        MarkSeen(report, figures);
        db.IssuedReports.Add(issued);
        await db.SaveAsync();
        return issued;
    }

    /// <summary>The appendix workbook headed like the document: issuer, number and date (or "Dự thảo"), window.</summary>
    public static byte[] Workbook(ReportContent content, ReportFigures figures) => AppendixWorkbook.Create(figures, new WorkbookHeading(
        content.Letterhead.IssuingBody,
        content.Sequence is null ? "Dự thảo, chưa ban hành" : $"Kèm theo Báo cáo số {content.Number} ngày {ReportText.D(content.DocumentDate)}",
        figures.WindowStart, figures.WindowEnd));

    /// <summary>The draft's workbook, from the figures of this moment.</summary>
    public byte[] DraftWorkbook(ConsolidatedReport report, ReportFigures figures) => Workbook(ContentOf(report, null, clock.Today, false), figures);

    public static ReportContent ContentOf(ConsolidatedReport r, int? sequence, DateOnly date, bool includeSessions) => new(
        r.Audience,
        r.Subject,
        sequence,
        date,
        new DraftSections(r.SectionDirection ?? "", r.SectionResults ?? "", r.SectionAssessment ?? "", r.SectionLimitations ?? "", r.SectionNextTasks ?? "", r.SectionProposals ?? ""),
        r.Recipients ?? "",
        r.SignerName ?? "",
        includeSessions);

    private static string Sha256(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    /// <summary>Snapshots keep Vietnamese readable (a clerk or auditor may open them), not \u-escaped.</summary>
    private static readonly JsonSerializerOptions Snapshot = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All) };
}
