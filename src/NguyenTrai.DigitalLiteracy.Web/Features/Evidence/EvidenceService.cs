using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NguyenTrai.DigitalLiteracy.Data;
using NguyenTrai.DigitalLiteracy.Domain.Common;
using NguyenTrai.DigitalLiteracy.Domain.Entries;
using NguyenTrai.DigitalLiteracy.Domain.Evidence;
using NguyenTrai.DigitalLiteracy.Web.Infrastructure;

namespace NguyenTrai.DigitalLiteracy.Web.Features.Evidence;

/// <summary>Adds and removes evidence of an entry the caller has already loaded, authorized and found editable.</summary>
public sealed partial class EvidenceService(AppDbContext db, IEvidenceStore store, IOptions<EvidenceOptions> options, WardClock clock, CurrentUser me, ILogger<EvidenceService> logger)
{
    public long MaxFileBytes => options.Value.MaxFileBytes;

    /// <returns>Null when stored, otherwise the Vietnamese reason for refusing the file.</returns>
    public async Task<string?> AddFileAsync(Entry entry, IFormFile? file, string? caption, CancellationToken cancellationToken)
    {
        if (file is null || file.Length == 0)
        {
            return "Vui lòng chọn tệp minh chứng (ảnh JPG, PNG hoặc tệp PDF).";
        }

        if (file.Length > options.Value.MaxFileBytes)
        {
            return $"Tệp \"{SafeFileName.From(file.FileName, null)}\" có dung lượng {FileSize.Format(file.Length)}, vượt quá mức cho phép {FileSize.Format(options.Value.MaxFileBytes)}.";
        }

        if (CheckCaption(caption) is { } captionError)
        {
            return captionError;
        }

        await using var upload = file.OpenReadStream();
        var header = new byte[FileSignature.HeaderLength];
        var read = await upload.ReadAtLeastAsync(header, header.Length, throwOnEndOfStream: false, cancellationToken);
        if (FileSignature.Detect(header.AsSpan(0, read)) is not { } detected)
        {
            return "Chỉ chấp nhận ảnh JPG, PNG hoặc tệp PDF. Nội dung tệp đã chọn không phải là một trong các định dạng này.";
        }

        upload.Position = 0;
        var (clean, refusal) = await CleanAsync(upload, detected.ContentType, cancellationToken);
        if (clean is null)
        {
            return refusal;
        }

        var key = await SaveAsync(clean.Bytes, cancellationToken);
        var attachment = new Attachment
        {
            Kind = AttachmentKind.File,
            FileName = SafeFileName.From(file.FileName, detected.ContentType),
            ContentType = detected.ContentType,
            SizeBytes = clean.Bytes.Length,
            Sha256 = Convert.ToHexStringLower(SHA256.HashData(clean.Bytes)),
            StorageKey = key,
            Caption = Clean(caption),
            UploadedAtUtc = clock.UtcNow,
            UploadedById = me.Id,
        };
        // A small image is its own thumbnail; a PDF has none.
        attachment.ThumbnailKey = clean.Thumbnail is { } thumbnail ? await SaveAsync(thumbnail, cancellationToken) : attachment.IsImage ? key : null;
        entry.Attachments.Add(attachment);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch
        {
            // No row points at the bytes: do not leave them behind.
            await RemoveAsync(key, attachment.ThumbnailKey);
            throw;
        }

        return null;
    }

    /// <summary>
    /// The thumbnail of an image stored before thumbnails existed, made on its first view from the stored bytes (cleaned
    /// again on the way: files from before evidence was re-encoded are raw uploads) and recorded for the next views.
    /// Two views at once both draw it; the first recorded wins and the other copy is removed.
    /// </summary>
    /// <returns>The thumbnail's key, or null when the stored file cannot be read as an image (the file is then shown itself).</returns>
    public async Task<string?> MakeMissingThumbnailAsync(Attachment attachment, CancellationToken cancellationToken)
    {
        if (!attachment.IsImage || attachment.StorageKey is null || await store.OpenAsync(attachment.StorageKey, cancellationToken) is not { } stored)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        await using (stored)
        {
            await stored.CopyToAsync(buffer, cancellationToken);
        }

        buffer.Position = 0;
        var (clean, _) = await ImageSanitizer.CleanAsync(buffer, attachment.ContentType!, options.Value.MaxImagePixels, cancellationToken);
        if (clean is null)
        {
            return null;
        }

        var key = await SaveAsync(clean.Thumbnail ?? clean.Bytes, cancellationToken);
        if (await db.Attachments.Where(a => a.Id == attachment.Id && a.ThumbnailKey == null).ExecuteUpdateAsync(s => s.SetProperty(a => a.ThumbnailKey, key), cancellationToken) == 1)
        {
            return key;
        }

        await RemoveAsync(key);
        return await db.Attachments.Where(a => a.Id == attachment.Id).Select(a => a.ThumbnailKey).FirstOrDefaultAsync(cancellationToken);
    }

    private async Task<string> SaveAsync(byte[] bytes, CancellationToken cancellationToken)
    {
        await using var content = new MemoryStream(bytes, writable: false);
        return await store.SaveAsync(content, cancellationToken);
    }

    /// <summary>What is stored: a re-encoded image with its thumbnail, or the PDF as uploaded once it is known to be inert.</summary>
    private async Task<(CleanFile? Clean, string? Refusal)> CleanAsync(Stream upload, string contentType, CancellationToken cancellationToken)
    {
        if (contentType != "application/pdf")
        {
            return await ImageSanitizer.CleanAsync(upload, contentType, options.Value.MaxImagePixels, cancellationToken);
        }

        using var buffer = new MemoryStream();
        await upload.CopyToAsync(buffer, cancellationToken);
        var bytes = buffer.ToArray();
        return PdfInspector.Check(bytes) is { } refusal ? (null, refusal) : (new CleanFile(bytes, null), null);
    }

    public async Task<string?> AddLinkAsync(Entry entry, string? url, string? caption, CancellationToken cancellationToken)
    {
        var text = Clean(url);
        if (text is null)
        {
            return "Vui lòng nhập đường dẫn bài đăng.";
        }

        if (text.Length > FieldLengths.Url)
        {
            return $"Đường dẫn không được dài quá {FieldLengths.Url} ký tự.";
        }

        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            return "Đường dẫn không hợp lệ: cần một địa chỉ đầy đủ bắt đầu bằng http:// hoặc https://.";
        }

        if (CheckCaption(caption) is { } captionError)
        {
            return captionError;
        }

        entry.Attachments.Add(new Attachment
        {
            Kind = AttachmentKind.Link,
            Url = text,
            Caption = Clean(caption),
            UploadedAtUtc = clock.UtcNow,
            UploadedById = me.Id,
        });
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    public async Task DeleteAsync(Attachment attachment, CancellationToken cancellationToken)
    {
        db.Attachments.Remove(attachment);
        await db.SaveChangesAsync(cancellationToken);
        await RemoveAsync(attachment.StorageKey, attachment.ThumbnailKey);
    }

    /// <summary>Removes stored bytes no row points at any more (not cancellable: the row is already gone).</summary>
    private async Task RemoveAsync(params string?[] keys)
    {
        foreach (var key in keys.OfType<string>().Distinct(StringComparer.Ordinal))
        {
            try
            {
                await store.DeleteAsync(key, CancellationToken.None);
            }
            catch (IOException ex)
            {
                // Nobody can reach the bytes; an orphan file is only wasted space.
                LogOrphan(logger, ex, key);
            }
        }
    }

    private static string? CheckCaption(string? caption) =>
        Clean(caption) is { Length: > FieldLengths.Title } ? $"Chú thích không được dài quá {FieldLengths.Title} ký tự." : null;

    private static string? Clean(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null : VietnameseText.Normalize(text.Trim());

    [LoggerMessage(Level = LogLevel.Warning, Message = "Tệp minh chứng {Key} không xóa được khỏi kho")]
    private static partial void LogOrphan(ILogger logger, Exception ex, string key);
}
