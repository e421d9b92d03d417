namespace NguyenTrai.DigitalLiteracy.Pdf;

/// <summary>
/// The space between the signer's position and name in the closing (Decree 30 ô 7c). Unsigned documents leave it
/// blank for a handwritten signature; when <see cref="PdfRenderer"/> signs, the visible digital signature is drawn
/// here and the signature field covers it. Use one per document, centred in the signature column.
/// </summary>
public sealed class SignatureBox : Block
{
    public double Height { get; set; } = Units.Mm(28);
    public double SpaceBefore { get; set; } = 2;
    public double SpaceAfter { get; set; } = 2;

    internal override LaidOutBlock Layout(TextMeasurer measurer, double width) => new SignatureBoxLayout(this, measurer.State, width);
}
