using PdfSharp.Drawing;

namespace NguyenTrai.DigitalLiteracy.Pdf;

/// <summary>
/// The "DỰ THẢO" mark: bold light grey text along the page's diagonal, drawn before anything else on the page so
/// the content is painted over it (no transparency needed, nothing hidden) and every page of a draft shows it.
/// </summary>
internal static class DraftMarkPainter
{
    private const double ShareOfDiagonal = 0.55;
    private const double MaximumSize = 110;
    private static readonly XBrush Ink = new XSolidBrush(XColor.FromArgb(210, 210, 210));

    public static void Draw(XGraphics graphics, TextMeasurer measurer, string text, double pageWidth, double pageHeight)
    {
        var diagonal = Math.Sqrt(pageWidth * pageWidth + pageHeight * pageHeight);
        var probe = measurer.Font(new FontKey(100, true, false));
        var size = Math.Min(MaximumSize, 100 * diagonal * ShareOfDiagonal / Math.Max(1, probe.Width(text)));
        var font = measurer.Font(new FontKey(Math.Round(size, 1), true, false));
        var angle = -Math.Atan2(pageHeight, pageWidth) * 180 / Math.PI;

        var state = graphics.Save();
        graphics.TranslateTransform(pageWidth / 2, pageHeight / 2);
        graphics.RotateTransform(angle);
        // Centred on the page: baseline a third of the cap height below the centre.
        graphics.DrawString(text, font.Font, Ink, -font.Width(text) / 2, font.Ascent / 3);
        graphics.Restore(state);
    }
}
