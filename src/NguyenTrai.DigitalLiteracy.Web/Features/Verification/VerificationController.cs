using System.Security.Cryptography;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using NguyenTrai.DigitalLiteracy.Data;
using NguyenTrai.DigitalLiteracy.Web.Infrastructure.Authorization;
using NguyenTrai.DigitalLiteracy.Web.Infrastructure.Requests;
using NguyenTrai.DigitalLiteracy.Domain.Consolidation;
using NguyenTrai.DigitalLiteracy.Reporting.Documents;

namespace NguyenTrai.DigitalLiteracy.Web.Features.Verification;

/// <summary>
/// Public: is this an issued original? The QR code of an issued PDF opens /xac-minh/{code}; anyone, signed in or not,
/// sees that document's number, date, issuer, title, version and SHA-256 and may upload a file to compare. Requests
/// are rate-limited per client address (the portal-wide limiter in Infrastructure/Security/RateLimits.cs); the PDF
/// itself is never served here.
/// </summary>
[AllowAnonymous]
[Route("xac-minh")]
public sealed class VerificationController(AppDbContext db, WardProfileStore profiles) : Controller
{
    [HttpGet("")]
    public IActionResult Index() => View(new VerificationPage(null));

    /// <summary>A typed code (with or without dashes) to the document's page.</summary>
    [HttpGet("ma")]
    public IActionResult Code(string? code) => VerificationCode.Normalize(code) is { } normalized
        ? RedirectToAction(nameof(Document), new { code = normalized })
        : View(nameof(Index), new VerificationPage(null, "Mã xác minh gồm 12 ký tự in dưới mã QR, ví dụ ABCD-EFGH-JKMN. Vui lòng kiểm tra lại."));

    [HttpGet("{code}")]
    public async Task<IActionResult> Document(string code)
    {
        var document = await FindByCodeAsync(code);
        return document is null ? NotFoundPage() : View(new DocumentVerificationPage(document, null));
    }

    /// <summary>A file compared with the document the code names.</summary>
    [HttpPost("{code}")]
    [BodyLimit(BodyLimit.Verification)]
    public async Task<IActionResult> CompareWithDocument(string code, IFormFile? file)
    {
        var document = await FindByCodeAsync(code);
        if (document is null)
        {
            return NotFoundPage();
        }

        if (file is null || file.Length == 0)
        {
            ModelState.AddModelError("file", "Vui lòng chọn tệp PDF cần so sánh.");
            return View(nameof(Document), new DocumentVerificationPage(document, null));
        }

        var hash = await HashAsync(file);
        return View(nameof(Document), new DocumentVerificationPage(document, new VerificationResult(hash == document.Sha256, document, hash)));
    }

    [HttpPost("")]
    [BodyLimit(BodyLimit.Verification)]
    public async Task<IActionResult> Upload(IFormFile? file)
    {
        if (file is null || file.Length == 0)
        {
            ModelState.AddModelError("file", "Vui lòng chọn tệp PDF cần xác minh.");
            return View(nameof(Index), new VerificationPage(null));
        }

        var hash = await HashAsync(file);
        return View(nameof(Index), new VerificationPage(await FindAsync(hash, null)));
    }

    [HttpPost("tra-cuu")]
    public async Task<IActionResult> Lookup(string? number, string? sha256)
    {
        if (string.IsNullOrWhiteSpace(number) || string.IsNullOrWhiteSpace(sha256))
        {
            ModelState.AddModelError("sha256", "Vui lòng nhập số văn bản và mã SHA-256.");
            return View(nameof(Index), new VerificationPage(null));
        }

        return View(nameof(Index), new VerificationPage(await FindAsync(sha256.Trim().ToLowerInvariant(), number.Trim())));
    }

    private ViewResult NotFoundPage()
    {
        Response.StatusCode = StatusCodes.Status404NotFound;
        return View(nameof(Index), new VerificationPage(null, "Không tìm thấy văn bản nào với mã xác minh này. Hãy kiểm tra lại mã in dưới mã QR."));
    }

    private static async Task<string> HashAsync(IFormFile file)
    {
        await using var stream = file.OpenReadStream();
        return Convert.ToHexStringLower(await SHA256.HashDataAsync(stream));
    }

    private async Task<VerifiedDocument?> FindByCodeAsync(string code) =>
        VerificationCode.Normalize(code) is { } normalized ? await FirstAsync(db.IssuedReports.Where(i => i.VerificationCode == normalized)) : null;

    private async Task<VerificationResult> FindAsync(string hash, string? number)
    {
        var match = await FirstAsync(db.IssuedReports.Where(i => i.PdfSha256 == hash && (number == null || i.Number == number)));
        return new VerificationResult(match is not null, match, hash);
    }

    private async Task<VerifiedDocument?> FirstAsync(IQueryable<IssuedReport> query)
    {
        var row = await query.AsNoTracking().OrderBy(i => i.Id)
            .Select(i => new { i.VerificationCode, i.Number, i.IssueDate, i.IssuerName, i.ConsolidatedReport!.Audience, Title = i.Subject ?? i.ConsolidatedReport.Subject, i.Version, i.PdfSha256 })
            .FirstOrDefaultAsync();
        if (row is null)
        {
            return null;
        }

        // Versions issued before the issuer was stored: the issuing body of their audience as the profile names it now.
        var issuer = row.IssuerName ?? (await profiles.LetterheadAsync(row.Audience)).IssuingBody;
        return new VerifiedDocument(row.VerificationCode, row.Number, row.IssueDate, issuer, row.Title, row.Version, row.PdfSha256);
    }
}
