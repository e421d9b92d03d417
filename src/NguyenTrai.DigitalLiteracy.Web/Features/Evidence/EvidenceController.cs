using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;
using NguyenTrai.DigitalLiteracy.Data;
using NguyenTrai.DigitalLiteracy.Domain.Entries;
using NguyenTrai.DigitalLiteracy.Domain.Evidence;
using NguyenTrai.DigitalLiteracy.Web.Infrastructure;
using NguyenTrai.DigitalLiteracy.Web.Infrastructure.Authorization;
using NguyenTrai.DigitalLiteracy.Reporting.Rules;
using NguyenTrai.DigitalLiteracy.Web.Infrastructure.Requests;

namespace NguyenTrai.DigitalLiteracy.Web.Features.Evidence;

/// <summary>Evidence files and links of an entry: every action loads the entry and authorizes on it.</summary>
[Route("minh-chung")]
public sealed class EvidenceController(AppDbContext db, IAuthorizationService authorization, EntryChangeGuard guard, EvidenceService evidence, IEvidenceStore store) : Controller
{
    [HttpPost("tai-len")]
    [BodyLimit(BodyLimit.Evidence)]
    public async Task<IActionResult> Upload(UploadEvidenceForm form, CancellationToken cancellationToken)
    {
        var entry = await db.Entries.FirstOrDefaultAsync(e => e.Id == form.EntryId, cancellationToken);
        if (await RefuseChangeAsync(entry) is { } refusal)
        {
            return refusal;
        }

        var error = await evidence.AddFileAsync(entry!, form.File, form.Caption, cancellationToken);
        return BackToEntry(entry!, error, "Đã tải lên minh chứng.");
    }

    [HttpPost("lien-ket")]
    public async Task<IActionResult> AddLink(AddLinkForm form, CancellationToken cancellationToken)
    {
        var entry = await db.Entries.FirstOrDefaultAsync(e => e.Id == form.EntryId, cancellationToken);
        if (await RefuseChangeAsync(entry) is { } refusal)
        {
            return refusal;
        }

        var error = await evidence.AddLinkAsync(entry!, form.Url, form.Caption, cancellationToken);
        return BackToEntry(entry!, error, "Đã thêm liên kết minh chứng.");
    }

    [HttpPost("{id:int}/xoa")]
    public async Task<IActionResult> Delete(int id, CancellationToken cancellationToken)
    {
        var attachment = await db.Attachments.Include(a => a.Entry).FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (await RefuseChangeAsync(attachment?.Entry) is { } refusal)
        {
            return refusal;
        }

        await evidence.DeleteAsync(attachment!, cancellationToken);
        return BackToEntry(attachment!.Entry!, null, "Đã xóa minh chứng.");
    }

    [HttpGet("{id:int}")]
    public Task<IActionResult> Download(int id, CancellationToken cancellationToken) => ServeAsync(id, thumbnail: false, cancellationToken);

    /// <summary>The image's thumbnail (re-encoded on upload), inline for the pages' 96 px boxes.</summary>
    [HttpGet("{id:int}/anh-nho")]
    public Task<IActionResult> Thumbnail(int id, CancellationToken cancellationToken) => ServeAsync(id, thumbnail: true, cancellationToken);

    private async Task<IActionResult> ServeAsync(int id, bool thumbnail, CancellationToken cancellationToken)
    {
        var attachment = await db.Attachments.AsNoTracking().Include(a => a.Entry).FirstOrDefaultAsync(a => a.Id == id && a.Kind == AttachmentKind.File, cancellationToken);
        if (attachment?.Entry is null || attachment.StorageKey is null || (thumbnail && !attachment.IsImage))
        {
            return NotFound();
        }

        if (!(await authorization.AuthorizeAsync(User, attachment.Entry, Operations.Read)).Succeeded)
        {
            return Forbid();
        }

        var key = !thumbnail ? attachment.StorageKey
            : attachment.ThumbnailKey ?? await evidence.MakeMissingThumbnailAsync(attachment, cancellationToken) ?? attachment.StorageKey;
        var content = await store.OpenAsync(key, cancellationToken);
        if (content is null)
        {
            return NotFound();
        }

        // Only the thumbnail (an image this server re-encoded) shows inline; every download is a file to save.
        // nosniff and a sandbox policy: even a file the browser mistook for a page could run nothing.
        var disposition = new ContentDispositionHeaderValue(thumbnail ? "inline" : "attachment");
        disposition.SetHttpFileName(attachment.FileName);
        Response.Headers.ContentDisposition = disposition.ToString();
        Response.Headers.XContentTypeOptions = "nosniff";
        Response.MarkSandboxed();
        Response.Headers.CacheControl = "private, max-age=3600";
        return File(content, attachment.ContentType ?? "application/octet-stream");
    }

    /// <returns>A result to return instead of changing the entry, or null when the change may go ahead.</returns>
    private async Task<IActionResult?> RefuseChangeAsync(Entry? entry)
    {
        if (entry is null)
        {
            return NotFound();
        }

        if (!(await authorization.AuthorizeAsync(User, entry, Operations.Update)).Succeeded)
        {
            return Forbid();
        }

        if (await guard.WhyLockedAsync(entry.UnitId, entry.Date) is { } reason)
        {
            return BackToEntry(entry, reason, "");
        }

        return null;
    }

    private RedirectResult BackToEntry(Entry entry, string? error, string success)
    {
        if (error is null)
        {
            TempData.Success(success);
        }
        else
        {
            TempData.Error(error);
        }

        return Redirect(EntryRoutes.Details(entry.Type, entry.Id) + "#evidence");
    }
}
