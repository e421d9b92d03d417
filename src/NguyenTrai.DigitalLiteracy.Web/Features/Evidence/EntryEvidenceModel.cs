namespace NguyenTrai.DigitalLiteracy.Web.Features.Evidence;

public sealed record EntryEvidenceModel(
    int EntryId,
    bool CanChange,
    string? LockReason,
    long MaxFileBytes,
    IReadOnlyList<EvidenceItem> Files,
    IReadOnlyList<EvidenceItem> Links);

public sealed record EvidenceItem(
    int Id,
    string? FileName,
    string? ContentType,
    long SizeBytes,
    string? Url,
    string? Caption,
    string Uploader,
    DateTime UploadedAtLocal)
{
    public bool IsImage => ContentType is "image/jpeg" or "image/png";
}
