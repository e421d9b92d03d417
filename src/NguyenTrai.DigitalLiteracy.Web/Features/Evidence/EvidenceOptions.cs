namespace NguyenTrai.DigitalLiteracy.Web.Features.Evidence;

/// <summary>The "Evidence" configuration section.</summary>
public sealed class EvidenceOptions
{
    public const string Section = "Evidence";

    /// <summary>"Folder" (default) or "Database" (when several instances sit behind a load balancer).</summary>
    public string Store { get; set; } = "Folder";

    /// <summary>Relative to the content root; must not be under wwwroot.</summary>
    public string Folder { get; set; } = "App_Data/evidence";

    public long MaxFileBytes { get; set; } = 10 * 1024 * 1024;

    /// <summary>Largest image decoded (width x height): 40 MP is beyond any phone camera, and 160 MB of pixels.</summary>
    public long MaxImagePixels { get; set; } = 40_000_000;

    /// <summary>The upload endpoint's body limit (see Infrastructure/Requests/BodyLimitAttribute).</summary>
    public long MaxRequestBytes => MaxFileBytes + Infrastructure.Requests.RequestLimitsOptions.UploadOverheadBytes;
}
