using System.Security.Cryptography;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using NguyenTrai.DigitalLiteracy.Data;
using NguyenTrai.DigitalLiteracy.Web.Infrastructure.Authorization;
using NguyenTrai.DigitalLiteracy.Web.Infrastructure.Requests;

namespace NguyenTrai.DigitalLiteracy.Web.Features.Verification;

public sealed record VerificationResult(bool Matches, string? Number, DateOnly? IssueDate, int? Version, string Sha256);

public sealed record VerificationPage(VerificationResult? Result);

/// <summary>Is this PDF an issued original? Compares its SHA-256 with the stored hashes.</summary>
[Authorize(Policy = Policies.WardOverview)]
[Route("xac-minh")]
public sealed class VerificationController(AppDbContext db) : Controller
{
    [HttpGet("")]
    public IActionResult Index() => View(new VerificationPage(null));

    [HttpPost("")]
    [BodyLimit(BodyLimit.Verification)]
    public async Task<IActionResult> Upload(IFormFile? file)
    {
        if (file is null || file.Length == 0)
        {
            ModelState.AddModelError("file", "Vui lòng chọn tệp PDF cần xác minh.");
            return View(nameof(Index), new VerificationPage(null));
        }

        await using var stream = file.OpenReadStream();
        var hash = Convert.ToHexStringLower(await SHA256.HashDataAsync(stream));
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

    private async Task<VerificationResult> FindAsync(string hash, string? number)
    {
        var match = await db.IssuedReports.AsNoTracking()
            .Where(i => i.PdfSha256 == hash && (number == null || i.Number == number))
            .OrderBy(i => i.Id)
            .Select(i => new { i.Number, i.IssueDate, i.Version })
            .FirstOrDefaultAsync();
        return match is null
            ? new VerificationResult(false, null, null, null, hash)
            : new VerificationResult(true, match.Number, match.IssueDate, match.Version, hash);
    }
}
