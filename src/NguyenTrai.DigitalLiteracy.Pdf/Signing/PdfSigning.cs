using System.Security.Cryptography.X509Certificates;

namespace NguyenTrai.DigitalLiteracy.Pdf;

/// <summary>
/// What <see cref="PdfRenderer.Render(ReportDocument, PdfSigning?)"/> needs to sign a document (PAdES-style
/// adbe.pkcs7.detached, SHA-256) and to draw the visible signature that Decree 30/2020 appendix I describes for
/// electronic documents: the signer's signature image centred between position and name, the agency's seal
/// (red, actual size, transparent background) over about the left third of it, and the agency's name with the
/// signing time (date, hh:mm:ss, Viet Nam time zone, ISO 8601). Without images a text-only appearance is drawn.
/// The appearance goes into the document's <see cref="SignatureBox"/>, or at <see cref="Placement"/>.
/// </summary>
public sealed class PdfSigning
{
    /// <summary>Viet Nam's offset; the signing time is shown and stored in it.</summary>
    public static readonly TimeSpan VietNamOffset = TimeSpan.FromHours(7);

    /// <summary>The signer's certificate with its private key (e.g. loaded from a PKCS#12 file).</summary>
    public required X509Certificate2 Certificate { get; init; }

    /// <summary>The authorised person, e.g. "Nguyễn Thị Hằng".</summary>
    public required string SignerName { get; init; }

    /// <summary>Position, e.g. "Phó Chủ tịch"; shown in the text-only appearance when given.</summary>
    public string? SignerPosition { get; init; }

    /// <summary>The issuing agency, e.g. "Ủy ban nhân dân phường An Dương".</summary>
    public required string AgencyName { get; init; }

    /// <summary>
    /// When the document is signed: shown on the page and written as the signature dictionary's /M (what
    /// validators such as pdfsig and Acrobat report). Pass the clock's "now"; it is shown in Viet Nam time (+07:00)
    /// whatever its offset.
    /// </summary>
    public required DateTimeOffset SigningTime { get; init; }

    public string Reason { get; init; } = "Ký số văn bản điện tử";
    public string Location { get; init; } = string.Empty;
    public string ContactInfo { get; init; } = string.Empty;

    /// <summary>The signer's handwritten signature as a PNG with a transparent background (Decree 30: blue); optional.</summary>
    public byte[]? SignatureImagePng { get; init; }

    /// <summary>The agency's seal as a PNG with a transparent background (red); optional.</summary>
    public byte[]? SealImagePng { get; init; }

    /// <summary>The seal's real diameter, in points (it is drawn at actual size); 35 mm by default.</summary>
    public double SealDiameter { get; init; } = Units.Mm(35);

    /// <summary>Where to draw when the document has no <see cref="SignatureBox"/>; ignored when it has one.</summary>
    public SignaturePlacement? Placement { get; init; }

    /// <summary>"2026-11-29T10:15:30+07:00".</summary>
    public string SigningTimeText =>
        SigningTime.ToOffset(VietNamOffset).ToString("yyyy-MM-dd'T'HH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>A signature area: zero-based page index and a rectangle in points from the page's top-left corner.</summary>
public sealed record SignaturePlacement(int PageIndex, double X, double Y, double Width, double Height);
