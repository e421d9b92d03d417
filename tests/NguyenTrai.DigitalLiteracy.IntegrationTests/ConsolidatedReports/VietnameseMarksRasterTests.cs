using NguyenTrai.DigitalLiteracy.Pdf;
using NguyenTrai.DigitalLiteracy.Pdf.Tests;
using NguyenTrai.DigitalLiteracy.Reporting.Documents;

namespace NguyenTrai.DigitalLiteracy.IntegrationTests.ConsolidatedReports;

/// <summary>
/// The report pipeline's fonts must draw the dots below: text extraction cannot notice them missing, pixels can.
/// The line goes through the same composer parts (a report section paragraph) as the real report.
/// </summary>
public class VietnameseMarksRasterTests
{
    private static byte[] Line(string text)
    {
        var document = new ReportDocument();
        var section = document.AddSection();
        foreach (var block in ReportText.ToBlocks(text))
        {
            block.FontSize = 40;
            block.FirstLineIndent = 0;
            section.Add(block);
        }

        return PdfRenderer.Render(document);
    }

    [Fact]
    public void Dots_below_survive_the_report_fonts()
    {
        var plain = Pdftoppm.CountDarkPixels(Line("ê ô ơ ư"));
        var dotted = Pdftoppm.CountDarkPixels(Line("ệ ộ ợ ự"));

        Assert.True(plain > 500, $"the plain letters should be drawn, got {plain} dark pixels");
        Assert.True(dotted - plain >= 100, $"dots below missing: {dotted} dark pixels with dots vs {plain} without");
    }
}
