using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using NguyenTrai.DigitalLiteracy.Data;
using NguyenTrai.DigitalLiteracy.Domain.Common;
using NguyenTrai.DigitalLiteracy.Domain.Consolidation;
using NguyenTrai.DigitalLiteracy.Pdf;
using NguyenTrai.DigitalLiteracy.Web.Infrastructure;

namespace NguyenTrai.DigitalLiteracy.Web.Features.ConsolidatedReports;

/// <summary>Creates drafts with drafted text, renders previews and issues numbered, frozen versions.</summary>
public sealed class ConsolidatedReportService(AppDbContext db, ReportFiguresQuery figuresQuery, WardClock clock, CurrentUser me)
{
    public async Task<ConsolidatedReport> CreateDraftAsync(ReportAudience audience, int? periodId, DateOnly from, DateOnly to, string subject)
    {
        var figures = await figuresQuery.LoadAsync(from, to);
        var sections = SectionDrafter.Draft(figures);
        var letterhead = Letterhead.For(audience);
        var report = new ConsolidatedReport
        {
            Audience = audience,
            ReportingPeriodId = periodId,
            WindowStart = from,
            WindowEnd = to,
            Subject = VietnameseText.Normalize(subject) ?? "",
            SectionDirection = sections.Direction,
            SectionResults = sections.Results,
            SectionAssessment = sections.Assessment,
            SectionNextTasks = sections.NextTasks,
            SectionProposals = sections.Proposals,
            Recipients = letterhead.DefaultRecipients,
            SignerName = letterhead.DefaultSigner,
            CreatedAtUtc = clock.UtcNow,
            CreatedById = me.Id,
        };
        db.ConsolidatedReports.Add(report);
        await db.SaveChangesAsync();
        return report;
    }

    public async Task<byte[]> PreviewAsync(ConsolidatedReport report, bool includeSessions)
    {
        var figures = await figuresQuery.LoadAsync(report.WindowStart, report.WindowEnd);
        return PdfRenderer.Render(ConsolidatedReportComposer.Compose(ContentOf(report, null, clock.Today, includeSessions), figures));
    }

    /// <summary>Numbers, renders once and stores the bytes with their hash and figures; earlier versions stay untouched.</summary>
    public async Task<IssuedReport> IssueAsync(ConsolidatedReport report, bool includeSessions)
    {
        var today = clock.Today;
        var sequence = 1 + (await db.IssuedReports.Where(i => i.Year == today.Year && i.ConsolidatedReport!.Audience == report.Audience)
            .MaxAsync(i => (int?)i.Sequence) ?? 0);
        var version = 1 + (await db.IssuedReports.Where(i => i.ConsolidatedReportId == report.Id).MaxAsync(i => (int?)i.Version) ?? 0);
        var figures = await figuresQuery.LoadAsync(report.WindowStart, report.WindowEnd);
        var content = ContentOf(report, sequence, today, includeSessions);
        var pdf = PdfRenderer.Render(ConsolidatedReportComposer.Compose(content, figures));
        var issued = new IssuedReport
        {
            ConsolidatedReportId = report.Id,
            Version = version,
            Sequence = sequence,
            Year = today.Year,
            Number = content.Number,
            IssueDate = today,
            IssuedAtUtc = clock.UtcNow,
            IssuedById = me.Id,
            Pdf = pdf,
            PdfSha256 = Convert.ToHexStringLower(SHA256.HashData(pdf)),
            PdfSizeBytes = pdf.Length,
            DataSnapshotJson = JsonSerializer.Serialize(figures),
        };
        report.Status = ConsolidatedReportStatus.Issued;
        report.UpdatedAtUtc = clock.UtcNow;
        db.IssuedReports.Add(issued);
        await db.SaveChangesAsync();
        return issued;
    }

    public static ReportContent ContentOf(ConsolidatedReport r, int? sequence, DateOnly date, bool includeSessions) => new(
        r.Audience,
        r.Subject,
        sequence,
        date,
        new DraftSections(r.SectionDirection ?? "", r.SectionResults ?? "", r.SectionAssessment ?? "", r.SectionNextTasks ?? "", r.SectionProposals ?? ""),
        r.Recipients ?? "",
        r.SignerName ?? "",
        includeSessions);
}
