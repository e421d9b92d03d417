namespace NguyenTrai.DigitalLiteracy.Web.Infrastructure.Requests;

/// <summary>
/// The "RequestLimits" configuration section: how much any request may send. Upload endpoints raise the body
/// limit with <see cref="BodyLimitAttribute"/>; their sizes live with their features (Evidence, ExcelImport) or here.
/// </summary>
public sealed class RequestLimitsOptions
{
    public const string Section = "RequestLimits";

    /// <summary>Any request without a <see cref="BodyLimitAttribute"/>: forms are a few KB, a full consolidated report about 200 KB.</summary>
    public long MaxBodyBytes { get; set; } = 2 * 1024 * 1024;

    /// <summary>Longest form value in characters: the longest field (a report section) takes 20,000.</summary>
    public int MaxFormValueLength { get; set; } = 100_000;

    /// <summary>Most form fields in one post (the entry forms send a few dozen, checkboxes included).</summary>
    public int MaxFormKeys { get; set; } = 1_000;

    /// <summary>The largest PDF the verification page takes: every issued report must fit (a year report is about 1 MB).</summary>
    public long VerificationMaxBytes { get; set; } = 50 * 1024 * 1024;

    /// <summary>Room for multipart framing and the other fields of an upload form.</summary>
    public const long UploadOverheadBytes = 1024 * 1024;
}
