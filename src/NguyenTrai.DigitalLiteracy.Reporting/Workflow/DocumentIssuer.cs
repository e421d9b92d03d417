using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using NguyenTrai.DigitalLiteracy.Data;
using NguyenTrai.DigitalLiteracy.Domain.Common;
using NguyenTrai.DigitalLiteracy.Domain.Consolidation;
using NguyenTrai.DigitalLiteracy.Domain.Reports;
using NguyenTrai.DigitalLiteracy.Pdf;
using NguyenTrai.DigitalLiteracy.Reporting.Documents;

namespace NguyenTrai.DigitalLiteracy.Reporting.Workflow;

/// <summary>What the clerk gives when issuing: the register's number (null: the next free one) and where verification lives.</summary>
public sealed record IssueRequest(int? Number, string PublicBaseUrl, ReportActor Actor);

/// <summary>
/// Issues a document: takes its number in the register, renders it once with that number and its verification QR
/// code, signs it when a certificate is configured, and stores PDF, workbook, text and figures with their hashes.
/// (Year, symbol, number) is unique in the database, so two issues can never share a number: a number the clerk
/// typed that is already taken is refused with the document holding it; "the next free number" moves on and retries.
/// </summary>
public sealed class DocumentIssuer(
    AppDbContext db, ConsolidatedReportService reports, DocumentRegister register, DocumentSigner signer, WardProfileStore profiles, WardClock clock, IReportNotifier notifier)
{
    // Issues in this process take turns, so "the next free number" is rendered once; the unique index keeps
    // several instances honest (the loser retries with the following number).
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private const int Attempts = 25;

    /// <summary>Snapshots keep Vietnamese readable (a clerk or auditor may open them), not \u-escaped.</summary>
    private static readonly JsonSerializerOptions Snapshot = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All) };

    public async Task<IssuedReport> IssueReportAsync(ConsolidatedReport report, ReportFigures figures, IssueRequest request)
    {
        DocumentRegister.Validate(request.Number);
        var letterhead = await reports.LetterheadAsync(report);
        report.Issue(request.Actor, ConsolidatedReportService.Fingerprint(figures));
        reports.MarkSeen(report, figures);
        var today = clock.Today;
        var issued = await RegisterAsync(report, IssuedDocumentKind.Report, letterhead, request, (sequence, code) =>
        {
            var content = ConsolidatedReportService.ContentOf(report, letterhead, sequence, today);
            var pdf = Render(ConsolidatedReportComposer.Compose(content, figures), request, code, letterhead, report.SignerName ?? "", out var signedWith);
            var xlsx = ConsolidatedReportService.Workbook(content, figures);
            return new IssuedReport
            {
                Subject = report.Subject,
                Pdf = pdf,
                SignedWith = signedWith,
                DataSnapshotJson = JsonSerializer.Serialize(figures, Snapshot),
                TextSnapshotJson = JsonSerializer.Serialize(ReportBody.Of(content, figures), Snapshot),
                Xlsx = xlsx,
                XlsxSha256 = Sha256(xlsx),
            };
        });
        await RecordAsync(report, request.Actor, ReportAudit.Issued, issued,
            $"{request.Actor.DisplayName} ban hành báo cáo số {issued.Number} (phiên bản {issued.Version}){(issued.SignedWith is null ? ", không ký số" : ", ký số")}.");
        return issued;
    }

    /// <summary>The initiatives selected for the city, in the committee's name, once leadership approved the city report.</summary>
    public async Task<IssuedReport> IssueInitiativeCompilationAsync(ConsolidatedReport report, IssueRequest request)
    {
        DocumentRegister.Validate(request.Number);
        if (!report.MayIssueInitiativeCompilation)
        {
            throw new DomainRuleException("Bản tổng hợp sáng kiến gửi UBND thành phố được ký thay mặt UBND: chỉ ban hành được sau khi lãnh đạo duyệt báo cáo gửi thành phố của kỳ này.");
        }

        var letterhead = await profiles.LetterheadAsync(ReportAudience.City);
        var rows = await reports.InitiativeRowsAsync(report);
        var window = ConsolidatedReportService.WindowName(ConsolidatedReportService.ScopeOf(report).Window);
        var signerName = ConsolidatedReportService.CompilationSigner(report) ?? letterhead.DefaultSigner;
        var today = clock.Today;
        var issued = await RegisterAsync(report, IssuedDocumentKind.InitiativeCompilation, letterhead, request, (sequence, code) => new IssuedReport
        {
            Subject = InitiativeCompilation.Subject(window),
            Pdf = Render(InitiativeCompilation.Compose(letterhead, window, today, sequence, rows, signerName), request, code, letterhead, signerName, out var signedWith),
            SignedWith = signedWith,
            DataSnapshotJson = JsonSerializer.Serialize(rows, Snapshot),
        });
        await RecordAsync(report, request.Actor, ReportAudit.CompilationIssued, issued,
            $"{request.Actor.DisplayName} ban hành bản tổng hợp sáng kiến số {issued.Number} (phiên bản {issued.Version}).");
        return issued;
    }

    private byte[] Render(ReportDocument document, IssueRequest request, string code, Letterhead letterhead, string signerName, out string? signedWith)
    {
        document.DraftMark = null;
        document.VerificationFooter = new VerificationBlock(VerificationCode.Url(request.PublicBaseUrl, code), VerificationCode.Display(code));
        var signing = signer.For(signerName, letterhead.SignerPosition, letterhead.AgencyName);
        try
        {
            signedWith = signing?.Certificate.Subject;
            return PdfRenderer.Render(document, signing);
        }
        finally
        {
            signing?.Certificate.Dispose();
        }
    }

    /// <summary>Takes the number and stores the document in one save, retrying "the next free number" when another issue took it.</summary>
    private async Task<IssuedReport> RegisterAsync(ConsolidatedReport report, IssuedDocumentKind kind, Letterhead letterhead, IssueRequest request, Func<int, string, IssuedReport> build)
    {
        var today = clock.Today;
        await Gate.WaitAsync();
        try
        {
            for (var attempt = 1; ; attempt++)
            {
                var number = request.Number ?? await register.SuggestAsync(today.Year, letterhead.Symbol);
                if (request.Number is not null && await register.HolderAsync(today.Year, letterhead.Symbol, number) is { } holder)
                {
                    throw DocumentRegister.Taken(today.Year, holder);
                }

                var code = VerificationCode.New();
                var issued = build(number, code);
                issued.ConsolidatedReportId = report.Id;
                issued.Kind = kind;
                issued.Version = 1 + (await db.IssuedReports.Where(i => i.ConsolidatedReportId == report.Id && i.Kind == kind).MaxAsync(i => (int?)i.Version) ?? 0);
                issued.Year = today.Year;
                issued.Symbol = letterhead.Symbol;
                issued.Sequence = number;
                issued.Number = IssuedReport.FormatNumber(number, letterhead.Symbol);
                issued.IssuerName = letterhead.IssuingBody;
                issued.VerificationCode = code;
                issued.IssueDate = today;
                issued.IssuedAtUtc = clock.UtcNow;
                issued.IssuedById = request.Actor.UserId;
                issued.PdfSha256 = Sha256(issued.Pdf);
                issued.PdfSizeBytes = issued.Pdf.Length;
                db.IssuedReports.Add(issued);
                try
                {
                    await db.SaveChangesAsync();
                    return issued;
                }
                catch (DbUpdateConcurrencyException)
                {
                    throw new DomainRuleException(ReportLifecycle.ChangedByOthers);
                }
                catch (DbUpdateException) when (attempt < Attempts)
                {
                    db.Entry(issued).State = EntityState.Detached;
                    if (await register.HolderAsync(today.Year, letterhead.Symbol, number) is { } taken)
                    {
                        if (request.Number is not null)
                        {
                            throw DocumentRegister.Taken(today.Year, taken);
                        }

                        continue;
                    }

                    if (await db.IssuedReports.AnyAsync(i => i.ConsolidatedReportId == report.Id && i.Kind == kind && i.Version == issued.Version))
                    {
                        throw new DomainRuleException(ReportLifecycle.ChangedByOthers);
                    }

                    if (!await db.IssuedReports.AnyAsync(i => i.VerificationCode == code))
                    {
                        throw;
                    }
                }
            }
        }
        finally
        {
            Gate.Release();
        }
    }

    /// <summary>The audit line and notifications, saved once the number is taken (a retried number is never announced).</summary>
    private async Task RecordAsync(ConsolidatedReport report, ReportActor actor, string action, IssuedReport issued, string summary)
    {
        ReportAudit.Add(db, actor, action, report, summary);
        var what = issued.Kind == IssuedDocumentKind.Report ? "báo cáo" : "bản tổng hợp sáng kiến";
        await notifier.NotifyLeadershipAsync($"Đã ban hành {what} số {issued.Number}", $"{summary} Trích yếu: {issued.Subject}", "/bao-cao-da-ban-hanh");
        if (report.NeedsLeadershipApproval)
        {
            await notifier.NotifyOfficeAsync($"Đã ban hành {what} số {issued.Number}", summary, ReportLifecycle.Link(report));
        }

        await db.SaveChangesAsync();
        await notifier.FlushEmailAsync();
    }

    private static string Sha256(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}
