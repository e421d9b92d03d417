namespace NguyenTrai.DigitalLiteracy.Pdf;

/// <summary>
/// PDF metadata. CreatedAt is an input, never the clock, so re-rendering an issued report gives the same bytes
/// (and the same SHA-256) as the first download.
/// </summary>
public sealed record DocumentInfo
{
    public string Title { get; init; } = string.Empty;
    public string Author { get; init; } = string.Empty;
    public string Subject { get; init; } = string.Empty;
    public string Keywords { get; init; } = string.Empty;
    public DateTimeOffset CreatedAt { get; init; } = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>The catalog's /Lang (BCP 47): screen readers and text extraction pick Vietnamese rules from it.</summary>
    public string Language { get; init; } = "vi-VN";
}
