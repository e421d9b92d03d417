namespace NguyenTrai.DigitalLiteracy.Pdf.Tests;

/// <summary>
/// Guards against fonts whose PDFsharp subset loses Vietnamese dots below (DejaVu, PDFsharp issue 348): the
/// dotted letters must put visibly more ink on the page than the same letters without the dot. It runs on the
/// font the chain chose for this machine (Liberation Serif on Debian CI), and checks that this font is the one
/// embedded.
/// </summary>
public class RasterMarksTests
{
    private static byte[] OneLine(string text, bool bold = false, bool italic = false) =>
        PdfRenderer.Render(PdfText.SingleSection(new Paragraph(text, bold, italic) { FontSize = 40 }));

    [Theory]
    [InlineData(false, false)]
    [InlineData(true, false)]
    [InlineData(false, true)]
    [InlineData(true, true)]
    public void Dot_below_is_rendered_in_the_chosen_font(bool bold, bool italic)
    {
        var dottedPdf = OneLine("ệ ộ ợ ự", bold, italic);
        var plain = Pdftoppm.CountDarkPixels(OneLine("ê ô ơ ư", bold, italic));
        var dotted = Pdftoppm.CountDarkPixels(dottedPdf);

        var embedded = PdfText.FontNames(dottedPdf);
        Assert.All(embedded, name => Assert.Contains(PdfFonts.Current.FamilyName, name, StringComparison.Ordinal));
        // At 40 pt and 150 dpi one dot below is roughly 7×7 px; four dots must add at least 100 dark pixels.
        Assert.True(plain > 500, $"{PdfFonts.Current.FamilyName}: the plain letters should be drawn, got {plain} dark pixels");
        Assert.True(dotted - plain >= 100, $"{PdfFonts.Current.FamilyName}: dots below missing: {dotted} dark pixels with dots vs {plain} without");
    }
}
