using PdfSharp.Drawing;

namespace NguyenTrai.DigitalLiteracy.Pdf;

/// <summary>Side-by-side stacks; the tallest decides the height. Drawn as one unit.</summary>
internal sealed class ColumnsLayout : LaidOutBlock
{
    private readonly IReadOnlyList<(double X, StackLayout Stack)> columns;
    private readonly double spaceBefore;

    private ColumnsLayout(IReadOnlyList<(double X, StackLayout Stack)> columns, double spaceBefore, double spaceAfter)
    {
        this.columns = columns;
        this.spaceBefore = spaceBefore;
        Height = spaceBefore + (columns.Count == 0 ? 0 : columns.Max(c => c.Stack.Height)) + spaceAfter;
    }

    public override double Height { get; }

    public static ColumnsLayout Create(SideBySide block, TextMeasurer measurer, double width)
    {
        var totalWeight = block.Columns.Sum(c => c.RelativeWidth);
        var usable = width - block.Gap * Math.Max(0, block.Columns.Count - 1);
        var x = 0.0;
        var columns = new List<(double, StackLayout)>();
        foreach (var column in block.Columns)
        {
            var columnWidth = usable * column.RelativeWidth / totalWeight;
            var stack = new StackLayout([.. column.Blocks.Select(b => b.Layout(measurer, columnWidth))], keepTogether: true);
            columns.Add((x, stack));
            x += columnWidth + block.Gap;
        }
        return new ColumnsLayout(columns, block.SpaceBefore, block.SpaceAfter);
    }

    public override void Draw(XGraphics graphics, double x, double y)
    {
        foreach (var (offset, stack) in columns)
        {
            stack.Draw(graphics, x + offset, y + spaceBefore);
        }
    }
}
