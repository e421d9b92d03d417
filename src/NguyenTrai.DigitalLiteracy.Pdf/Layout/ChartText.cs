using PdfSharp.Drawing;

namespace NguyenTrai.DigitalLiteracy.Pdf;

/// <summary>Single-line chart text (values, ticks) positioned by its measured width.</summary>
internal static class ChartText
{
    public static void Centered(XGraphics graphics, MeasuredFont font, string text, double centerX, double baseline) =>
        graphics.DrawString(text, font.Font, XBrushes.Black, centerX - font.Width(text) / 2, baseline);

    public static void RightAligned(XGraphics graphics, MeasuredFont font, string text, double right, double baseline) =>
        graphics.DrawString(text, font.Font, XBrushes.Black, right - font.Width(text), baseline);

    public static void LeftAligned(XGraphics graphics, MeasuredFont font, string text, double left, double baseline) =>
        graphics.DrawString(text, font.Font, XBrushes.Black, left, baseline);

    public static ParagraphLayout Label(string text, TextMeasurer measurer, double fontSize, TextAlignment alignment, double width, bool bold = false) =>
        ParagraphLayout.Create(new Paragraph(text, bold) { FontSize = fontSize, Alignment = alignment, SpaceAfter = 0 }, measurer, Math.Max(1, width));

    public static XBrush Brush(RgbColor color) => new XSolidBrush(XColor.FromArgb(color.R, color.G, color.B));

    public static readonly XPen Axis = new(XColors.Black, 0.75);
    public static readonly XPen Grid = new(XColor.FromArgb(200, 200, 200), 0.4);
}
