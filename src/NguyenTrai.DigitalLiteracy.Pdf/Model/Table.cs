namespace NguyenTrai.DigitalLiteracy.Pdf;

/// <summary>A bordered table spanning the content width, with columns sized by relative weights.</summary>
public sealed class Table : Block
{
    public Table(params double[] relativeColumnWidths)
    {
        if (relativeColumnWidths.Length == 0 || relativeColumnWidths.Any(w => w <= 0))
        {
            throw new ArgumentException("A table needs at least one column and positive widths.", nameof(relativeColumnWidths));
        }
        ColumnWidths = relativeColumnWidths;
        ColumnAlignments = [.. relativeColumnWidths.Select(_ => TextAlignment.Left)];
    }

    public IReadOnlyList<double> ColumnWidths { get; }
    public IList<TextAlignment> ColumnAlignments { get; }
    public IList<TableRow> Rows { get; } = [];
    public double FontSize { get; set; } = 12;
    public double CellPaddingX { get; set; } = 3;
    public double CellPaddingY { get; set; } = 2;
    public double BorderWidth { get; set; } = 0.5;
    public RgbColor? HeaderBackground { get; set; } = RgbColor.LightGray;
    public double SpaceBefore { get; set; } = 6;
    public double SpaceAfter { get; set; } = 6;

    /// <summary>A header row: bold, centred, repeated at the top of each page. Add header rows first.</summary>
    public TableRow AddHeaderRow(params TableCell[] cells) => AddRow(new TableRow { IsHeader = true, Bold = true }, cells);

    public TableRow AddRow(params TableCell[] cells) => AddRow(new TableRow(), cells);

    /// <summary>The "Tổng cộng" row: bold.</summary>
    public TableRow AddTotalRow(params TableCell[] cells) => AddRow(new TableRow { Bold = true }, cells);

    internal override LaidOutBlock Layout(TextMeasurer measurer, double width) => TableLayout.Create(this, measurer, width);

    private TableRow AddRow(TableRow row, TableCell[] cells)
    {
        foreach (var cell in cells)
        {
            row.Cells.Add(cell);
        }
        Rows.Add(row);
        return row;
    }
}
