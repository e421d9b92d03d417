namespace NguyenTrai.DigitalLiteracy.Pdf;

/// <summary>Where the serif family used by every PDF of this process comes from, best first.</summary>
public enum PdfFontSource
{
    /// <summary>Times New Roman from the folder configured as <c>Pdf:FontFolder</c>.</summary>
    ConfiguredFolder,

    /// <summary>Times New Roman installed on the server (Windows fonts folder, msttcorefonts, macOS).</summary>
    SystemTimesNewRoman,

    /// <summary>Liberation Serif (Debian fonts-liberation2 or fonts-liberation): same glyph widths as Times New Roman.</summary>
    SystemLiberationSerif,

    /// <summary>Noto Serif embedded in this assembly: every Vietnamese mark, but wider glyphs than Times New Roman.</summary>
    BundledNotoSerif,
}

/// <summary>
/// The font chosen once per process by <see cref="PdfFonts"/>. The Web host logs <see cref="Warning"/> at start-up
/// (as a warning when <see cref="IsMetricCompatibleWithTimes"/> is false) and shows <see cref="Description"/> and
/// <see cref="Warning"/> on the administrator's page; both are Vietnamese.
/// </summary>
public sealed record PdfFontChoice
{
    /// <summary>"Times New Roman", "Liberation Serif" or "Noto Serif": the family embedded in the PDFs.</summary>
    public required string FamilyName { get; init; }

    public required PdfFontSource Source { get; init; }

    /// <summary>Folder the four TTF files were read from; null for the font embedded in the assembly.</summary>
    public string? SourcePath { get; init; }

    /// <summary>Decree 30/2020 names Times New Roman; only the first two sources are that font.</summary>
    public bool IsTimesNewRoman => Source is PdfFontSource.ConfiguredFolder or PdfFontSource.SystemTimesNewRoman;

    /// <summary>True for Times New Roman and Liberation Serif: line breaks and page breaks come out as in Word.</summary>
    public bool IsMetricCompatibleWithTimes => Source != PdfFontSource.BundledNotoSerif;

    /// <summary>Anything but Times New Roman.</summary>
    public bool IsFallback => !IsTimesNewRoman;

    /// <summary>One Vietnamese sentence for the administrator's page, e.g. "Phông chữ văn bản PDF: Times New Roman (…)".</summary>
    public required string Description { get; init; }

    /// <summary>Vietnamese text telling the administrator what is wrong and how to fix it; null when all is well.</summary>
    public string? Warning { get; init; }
}
