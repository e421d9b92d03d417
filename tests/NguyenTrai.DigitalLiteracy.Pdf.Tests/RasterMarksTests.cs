namespace NguyenTrai.DigitalLiteracy.Pdf.Tests;

/// <summary>
/// Guards against fonts whose PDFsharp subset loses Vietnamese dots below (DejaVu, PDFsharp issue 348): the
/// dotted letters must put visibly more ink on the page than the same letters without the dot.
/// </summary>
public class RasterMarksTests
{
    private static byte[] OneLine(string text) =>
        PdfRenderer.Render(PdfText.SingleSection(new Paragraph(text) { FontSize = 40 }));

    [Fact]
    public void Dot_below_is_rendered()
    {
        var plain = Pdftoppm.CountDarkPixels(OneLine("ê ô ơ ư"));
        var dotted = Pdftoppm.CountDarkPixels(OneLine("ệ ộ ợ ự"));

        // At 40 pt and 150 dpi one dot below is roughly 7×7 px; four dots must add at least 100 dark pixels.
        Assert.True(plain > 500, $"the plain letters should be drawn, got {plain} dark pixels");
        Assert.True(dotted - plain >= 100, $"dots below missing: {dotted} dark pixels with dots vs {plain} without");
    }
}
