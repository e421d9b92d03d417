using System.ComponentModel.DataAnnotations;
using NguyenTrai.DigitalLiteracy.Domain.Entries;

namespace NguyenTrai.DigitalLiteracy.Domain.Evidence;

public enum AttachmentKind
{
    [Display(Name = "Tệp")] File = 1,
    [Display(Name = "Liên kết")] Link = 2,
}

/// <summary>
/// Evidence (minh chứng) of an entry: an uploaded photo/scan, or a link to a post. The bytes live in the
/// configured file store; the row keeps what is needed to serve and verify them.
/// </summary>
public class Attachment
{
    public int Id { get; set; }
    public int EntryId { get; set; }
    public Entry? Entry { get; set; }
    public AttachmentKind Kind { get; set; }
    public string? FileName { get; set; }
    public string? ContentType { get; set; }
    public long SizeBytes { get; set; }
    public string? Sha256 { get; set; }

    /// <summary>Key in the file store (folder or database), never a user-supplied path.</summary>
    public string? StorageKey { get; set; }

    /// <summary>
    /// Key of the copy shown in lists and review pages (96 px boxes): a small copy made at upload for a larger image,
    /// the image's own <see cref="StorageKey"/> for a small one, null for a PDF and for an image stored before
    /// thumbnails existed (it gets one on its first view).
    /// </summary>
    public string? ThumbnailKey { get; set; }

    public string? Url { get; set; }
    public string? Caption { get; set; }
    public DateTime UploadedAtUtc { get; set; }
    public string UploadedById { get; set; } = "";

    public bool IsImage => ContentType is "image/jpeg" or "image/png";
}
