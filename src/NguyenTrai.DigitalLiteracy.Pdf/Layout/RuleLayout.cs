using PdfSharp.Drawing;

namespace NguyenTrai.DigitalLiteracy.Pdf;

internal sealed class RuleLayout(HorizontalRule rule, double width) : LaidOutBlock
{
    public override double Height { get; } = rule.SpaceBefore + rule.Thickness + rule.SpaceAfter;

    public override void Draw(XGraphics graphics, double x, double y)
    {
        var length = Math.Min(rule.Length ?? width, width);
        var start = x + rule.Alignment switch
        {
            TextAlignment.Center => (width - length) / 2,
            TextAlignment.Right => width - length,
            _ => 0,
        };
        var lineY = y + rule.SpaceBefore + rule.Thickness / 2;
        graphics.DrawLine(new XPen(XColors.Black, rule.Thickness), start, lineY, start + length, lineY);
    }
}
