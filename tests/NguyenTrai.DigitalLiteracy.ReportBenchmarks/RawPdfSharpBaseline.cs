using PdfSharp.Drawing;
using PdfSharp.Pdf;
using UglyToad.PdfPig;

namespace NguyenTrai.DigitalLiteracy.ReportBenchmarks;

/// <summary>
/// The comparison point: PDFsharp drawing the same words at positions computed beforehand (read back from the
/// module's own output), with no layout at all. Borders and chart bars are not drawn, so the baseline is, if
/// anything, cheaper than the real work.
/// </summary>
internal sealed class RawPdfSharpBaseline
{
    private readonly List<PageContent> pages;

    private RawPdfSharpBaseline(List<PageContent> pages) => this.pages = pages;

    public int PageCount => pages.Count;

    public static RawPdfSharpBaseline From(byte[] pdf)
    {
        using var document = UglyToad.PdfPig.PdfDocument.Open(pdf);
        return new RawPdfSharpBaseline([.. document.GetPages().Select(p => new PageContent(p.Width, p.Height,
            [.. p.GetWords().Select(w => new PlacedWord(w.Text, w.Letters[0].StartBaseLine.X, p.Height - w.Letters[0].StartBaseLine.Y,
                Math.Round(w.Letters[0].PointSize), w.Letters[0].FontName?.Contains("Bold", StringComparison.Ordinal) == true,
                w.Letters[0].FontName?.Contains("Italic", StringComparison.Ordinal) == true))]))]);
    }

    public byte[] Draw()
    {
        using var pdf = new PdfSharp.Pdf.PdfDocument();
        pdf.Options.CompressContentStreams = true;
        var fonts = new Dictionary<(double, bool, bool), XFont>();
        foreach (var page in pages)
        {
            var target = pdf.AddPage();
            target.Width = XUnit.FromPoint(page.Width);
            target.Height = XUnit.FromPoint(page.Height);
            using var gfx = XGraphics.FromPdfPage(target);
            foreach (var w in page.Words)
            {
                if (!fonts.TryGetValue((w.Size, w.Bold, w.Italic), out var font))
                {
                    var style = (w.Bold ? XFontStyleEx.Bold : XFontStyleEx.Regular) | (w.Italic ? XFontStyleEx.Italic : XFontStyleEx.Regular);
                    fonts[(w.Size, w.Bold, w.Italic)] = font = new XFont(Pdf.PdfFonts.FamilyName, w.Size, style);
                }

                gfx.DrawString(w.Text, font, XBrushes.Black, w.X, w.Y, XStringFormats.BaseLineLeft);
            }
        }

        using var output = new MemoryStream();
        pdf.Save(output, closeStream: false);
        return output.ToArray();
    }

    private sealed record PageContent(double Width, double Height, IReadOnlyList<PlacedWord> Words);

    private sealed record PlacedWord(string Text, double X, double Y, double Size, bool Bold, bool Italic);
}
