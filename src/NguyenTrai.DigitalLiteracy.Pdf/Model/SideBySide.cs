namespace NguyenTrai.DigitalLiteracy.Pdf;

/// <summary>Columns of blocks drawn next to each other and never split (the signature area, the page-1 header).</summary>
public sealed class SideBySide : Block
{
    public IList<SideBySideColumn> Columns { get; } = [];
    public double Gap { get; set; } = Units.Mm(4);
    public double SpaceBefore { get; set; }
    public double SpaceAfter { get; set; } = 6;

    public SideBySide AddColumn(double relativeWidth, params Block[] blocks)
    {
        var column = new SideBySideColumn { RelativeWidth = relativeWidth };
        foreach (var block in blocks)
        {
            column.Blocks.Add(block);
        }
        Columns.Add(column);
        return this;
    }

    internal override LaidOutBlock Layout(TextMeasurer measurer, double width) =>
        ColumnsLayout.Create(this, measurer, width);
}

public sealed class SideBySideColumn
{
    public double RelativeWidth { get; set; } = 1;
    public IList<Block> Blocks { get; } = [];
}
