using PdfSharp.Drawing;

namespace NguyenTrai.DigitalLiteracy.Pdf;

/// <summary>A string drawn in one font at an x offset from the line start.</summary>
internal readonly record struct TextSpan(string Text, MeasuredFont Font, double X);

/// <summary>One laid-out line: spans already positioned for the paragraph's alignment.</summary>
internal sealed class TextLine(IReadOnlyList<TextSpan> spans, double height, double ascent, double left, double width)
{
    public IReadOnlyList<TextSpan> Spans { get; } = spans;
    public double Height { get; } = height;
    public double Ascent { get; } = ascent;

    /// <summary>Where the ink starts, from the paragraph's left edge.</summary>
    public double Left { get; } = left;

    /// <summary>Length of the drawn text (the full measure for a justified line).</summary>
    public double Width { get; } = width;

    public void Draw(XGraphics graphics, double x, double top)
    {
        var baseline = top + Ascent;
        foreach (var span in Spans)
        {
            graphics.DrawString(span.Text, span.Font.Font, XBrushes.Black, x + span.X, baseline);
        }
    }
}
