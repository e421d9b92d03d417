namespace NguyenTrai.DigitalLiteracy.Pdf;

/// <summary>How <see cref="Table"/> shares the content width between its columns.</summary>
public enum TableColumnSizing
{
    /// <summary>
    /// The given relative widths, except that no column is narrower than its longest token (STT, a date, a number)
    /// and no header word is split; the other columns give way.
    /// </summary>
    Weights,

    /// <summary>
    /// From the content: columns of single tokens (STT, dates, numbers) get exactly their width, the text columns
    /// share the rest in proportion to the text they hold (times their weight), never split inside a word.
    /// </summary>
    Content,
}

/// <summary>
/// A bordered table spanning the content width. Header rows repeat at the top of every page; rows never split
/// (except one taller than a page); no column ever breaks a token by characters (see <see cref="TableColumnSizing"/>).
/// </summary>
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

    /// <summary>
    /// Columns sized from their content (<see cref="TableColumnSizing.Content"/>): the usual choice for report
    /// tables with STT, dates and numbers beside free text.
    /// </summary>
    public static Table Auto(int columnCount) =>
        columnCount > 0
            ? new Table([.. Enumerable.Repeat(1.0, columnCount)]) { ColumnSizing = TableColumnSizing.Content }
            : throw new ArgumentOutOfRangeException(nameof(columnCount), columnCount, "A table needs at least one column.");

    /// <summary>Relative widths (weights); with <see cref="TableColumnSizing.Content"/> they multiply each text column's share.</summary>
    public IReadOnlyList<double> ColumnWidths { get; }

    public TableColumnSizing ColumnSizing { get; set; } = TableColumnSizing.Weights;

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
