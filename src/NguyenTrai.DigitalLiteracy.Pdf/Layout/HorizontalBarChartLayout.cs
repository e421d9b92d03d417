using PdfSharp.Drawing;

namespace NguyenTrai.DigitalLiteracy.Pdf;

/// <summary>
/// Bars growing right from a vertical axis: wrapped labels on the left, values after the bars, ticks below. A chart
/// taller than a page (many units) continues on the next page with its title and axis repeated, never in the margin.
/// </summary>
internal sealed class HorizontalBarChartLayout : LaidOutBlock
{
    private const double Spacing = 4;

    private readonly BarChart chart;
    private readonly double width;
    private readonly MeasuredFont font;
    private readonly ParagraphLayout title;
    private readonly IReadOnlyList<ParagraphLayout> labels;
    private readonly ChartScale scale;
    private readonly double labelColumnWidth;
    private readonly double valueRoom;
    private readonly double rowHeight;

    private HorizontalBarChartLayout(BarChart chart, TextMeasurer measurer, double width)
    {
        this.chart = chart;
        this.width = width;
        font = measurer.Font(new FontKey(chart.FontSize, false, false));
        scale = ChartScale.For(chart.Bars.Select(b => b.Value));
        title = ChartText.Label(chart.Title, measurer, chart.FontSize + 1, TextAlignment.Center, width, bold: true);
        var widestLabel = chart.Bars.Select(b => font.Width(TextNormalizer.ToNfc(b.Label))).DefaultIfEmpty(0).Max();
        labelColumnWidth = Math.Min(widestLabel + 2 * Spacing, width * 0.35);
        valueRoom = chart.Bars.Select(b => font.Width(chart.FormatValue(b.Value))).DefaultIfEmpty(0).Max() + 2 * Spacing;
        labels = [.. chart.Bars.Select(b => ChartText.Label(b.Label, measurer, chart.FontSize, TextAlignment.Right, labelColumnWidth - 2 * Spacing))];
        rowHeight = Math.Max(labels.Select(l => l.ContentHeight).DefaultIfEmpty(0).Max(), font.LineHeight * 1.4) + Spacing;
        Height = chart.SpaceBefore + title.ContentHeight + Spacing + rowHeight * chart.Bars.Count + font.LineHeight + Spacing + chart.SpaceAfter;
    }

    public override double Height { get; }

    public static HorizontalBarChartLayout Create(BarChart chart, TextMeasurer measurer, double width) => new(chart, measurer, width);

    /// <summary>Everything but the rows: space, title, the tick labels under the axis.</summary>
    private double FrameHeight => chart.SpaceBefore + title.ContentHeight + Spacing + font.LineHeight + Spacing + chart.SpaceAfter;

    public override void Draw(XGraphics graphics, double x, double y) => DrawRows(graphics, x, y, 0, chart.Bars.Count);

    public override void Flow(PageFlow flow)
    {
        if (Height <= flow.FullPageHeight || chart.Bars.Count == 0)
        {
            base.Flow(flow);
            return;
        }

        var first = 0;
        while (first < chart.Bars.Count)
        {
            var room = (int)Math.Floor((flow.Bottom - flow.Y - FrameHeight) / rowHeight);
            if (room < Math.Min(3, chart.Bars.Count - first) && !flow.AtPageTop)
            {
                flow.NewPage();
                continue;
            }

            var count = Math.Clamp(room, 1, chart.Bars.Count - first);
            DrawRows(flow.Graphics, flow.Left, flow.Y, first, count);
            flow.Advance(FrameHeight + rowHeight * count);
            first += count;
            if (first < chart.Bars.Count)
            {
                flow.NewPage();
            }
        }
    }

    private void DrawRows(XGraphics graphics, double x, double y, int first, int count)
    {
        var top = y + chart.SpaceBefore;
        title.Draw(graphics, x, top);
        var plotLeft = x + labelColumnWidth;
        var plotWidth = Math.Max(1, width - labelColumnWidth - valueRoom);
        var plotTop = top + title.ContentHeight + Spacing;
        var plotBottom = plotTop + rowHeight * count;

        foreach (var tick in scale.Ticks)
        {
            var tickX = plotLeft + plotWidth * scale.Fraction(tick);
            graphics.DrawLine(ChartText.Grid, tickX, plotTop, tickX, plotBottom);
            ChartText.Centered(graphics, font, chart.FormatValue(tick), tickX, plotBottom + Spacing + font.Ascent);
        }

        var barBrush = ChartText.Brush(chart.BarColor);
        var barHeight = Math.Min(rowHeight * 0.6, font.LineHeight * 1.2);
        for (var i = first; i < first + count; i++)
        {
            var rowTop = plotTop + rowHeight * (i - first);
            var barLength = plotWidth * scale.Fraction(chart.Bars[i].Value);
            graphics.DrawRectangle(barBrush, plotLeft, rowTop + (rowHeight - barHeight) / 2, barLength, barHeight);
            var baseline = rowTop + rowHeight / 2 + font.Ascent / 3;
            ChartText.LeftAligned(graphics, font, chart.FormatValue(chart.Bars[i].Value), plotLeft + barLength + Spacing, baseline);
            labels[i].Draw(graphics, x + Spacing, rowTop + (rowHeight - labels[i].ContentHeight) / 2);
        }

        graphics.DrawLine(ChartText.Axis, plotLeft, plotTop, plotLeft, plotBottom);
        graphics.DrawLine(ChartText.Axis, plotLeft, plotBottom, plotLeft + plotWidth, plotBottom);
    }
}
