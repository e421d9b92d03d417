using PdfSharp.Drawing;

namespace NguyenTrai.DigitalLiteracy.Pdf;

/// <summary>Columns over a horizontal axis: ticks on the left, values above bars, wrapped labels below.</summary>
internal sealed class VerticalBarChartLayout : LaidOutBlock
{
    private const double Spacing = 4;

    private readonly BarChart chart;
    private readonly double width;
    private readonly MeasuredFont font;
    private readonly ParagraphLayout title;
    private readonly IReadOnlyList<ParagraphLayout> labels;
    private readonly ChartScale scale;
    private readonly double tickLabelWidth;

    private VerticalBarChartLayout(BarChart chart, TextMeasurer measurer, double width)
    {
        this.chart = chart;
        this.width = width;
        font = measurer.Font(new FontKey(chart.FontSize, false, false));
        scale = ChartScale.For(chart.Bars.Select(b => b.Value));
        tickLabelWidth = scale.Ticks.Max(t => font.Width(chart.FormatValue(t))) + Spacing;
        title = ChartText.Label(chart.Title, measurer, chart.FontSize + 1, TextAlignment.Center, width, bold: true);
        var slot = SlotWidth;
        labels = [.. chart.Bars.Select(b => ChartText.Label(b.Label, measurer, chart.FontSize, TextAlignment.Center, slot - 2))];
    }

    public override double Height => chart.SpaceBefore + chart.Height + chart.SpaceAfter;

    private double SlotWidth => (width - tickLabelWidth) / Math.Max(1, chart.Bars.Count);

    public static VerticalBarChartLayout Create(BarChart chart, TextMeasurer measurer, double width) => new(chart, measurer, width);

    public override void Draw(XGraphics graphics, double x, double y)
    {
        var top = y + chart.SpaceBefore;
        title.Draw(graphics, x, top);
        var labelHeight = labels.Count == 0 ? 0 : labels.Max(l => l.ContentHeight);
        var plotLeft = x + tickLabelWidth;
        var plotRight = x + width;
        var plotTop = top + title.ContentHeight + Spacing + font.LineHeight;
        var plotBottom = top + chart.Height - labelHeight - Spacing;
        var plotHeight = Math.Max(1, plotBottom - plotTop);

        foreach (var tick in scale.Ticks)
        {
            var tickY = plotBottom - plotHeight * scale.Fraction(tick);
            graphics.DrawLine(ChartText.Grid, plotLeft, tickY, plotRight, tickY);
            ChartText.RightAligned(graphics, font, chart.FormatValue(tick), plotLeft - Spacing, tickY + font.Ascent / 3);
        }

        var slot = SlotWidth;
        var barBrush = ChartText.Brush(chart.BarColor);
        for (var i = 0; i < chart.Bars.Count; i++)
        {
            var bar = chart.Bars[i];
            var barHeight = plotHeight * scale.Fraction(bar.Value);
            var center = plotLeft + slot * (i + 0.5);
            var barWidth = Math.Min(slot * 0.6, Units.Mm(20));
            graphics.DrawRectangle(barBrush, center - barWidth / 2, plotBottom - barHeight, barWidth, barHeight);
            ChartText.Centered(graphics, font, chart.FormatValue(bar.Value), center, plotBottom - barHeight - 2);
            labels[i].Draw(graphics, plotLeft + slot * i + 1, plotBottom + Spacing);
        }

        graphics.DrawLine(ChartText.Axis, plotLeft, plotTop - font.LineHeight, plotLeft, plotBottom);
        graphics.DrawLine(ChartText.Axis, plotLeft, plotBottom, plotRight, plotBottom);
    }
}
