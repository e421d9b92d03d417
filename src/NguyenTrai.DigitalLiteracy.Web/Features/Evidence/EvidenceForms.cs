namespace NguyenTrai.DigitalLiteracy.Web.Features.Evidence;

/// <summary>What the upload form posts. The unit is never posted: it comes from the loaded entry.</summary>
public sealed class UploadEvidenceForm
{
    public int EntryId { get; set; }
    public IFormFile? File { get; set; }
    public string? Caption { get; set; }
}

public sealed class AddLinkForm
{
    public int EntryId { get; set; }
    public string? Url { get; set; }
    public string? Caption { get; set; }
}
