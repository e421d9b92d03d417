namespace NguyenTrai.DigitalLiteracy.Pdf;

/// <summary>
/// A QR code (drawn as vector squares, no bitmap) that opens <see cref="Url"/>, with the short verification code
/// and the address beside it, so a printed or forwarded copy can be checked. Place it as a block, or set
/// <see cref="ReportDocument.VerificationFooter"/> to draw it at the bottom of the last page.
/// </summary>
public sealed class VerificationBlock : Block
{
    public VerificationBlock(string url, string code)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(url);
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        Url = url;
        Code = code;
    }

    /// <summary>The address the QR code encodes and the caption prints, e.g. https://…/xac-minh/ABCD-1234.</summary>
    public string Url { get; }

    /// <summary>The short code a person can type, e.g. "ABCD-1234".</summary>
    public string Code { get; }

    /// <summary>First caption line; the code follows it.</summary>
    public string CodeLabel { get; set; } = "Mã xác minh:";

    /// <summary>Line before the address.</summary>
    public string UrlLabel { get; set; } = "Quét mã QR hoặc truy cập địa chỉ sau để xác minh văn bản:";

    /// <summary>Side of the QR code including its quiet zone; 24 mm reads reliably from paper and screen.</summary>
    public double QrSize { get; set; } = Units.Mm(24);
    public double FontSize { get; set; } = 10;
    public double SpaceBefore { get; set; } = 6;

    internal override LaidOutBlock Layout(TextMeasurer measurer, double width) => VerificationLayout.Create(this, measurer, width);
}
