using PdfSharp.Drawing;

namespace NguyenTrai.DigitalLiteracy.Pdf;

/// <summary>
/// A table measured row by row. It paginates between rows and repeats the header rows on each new page;
/// only a row taller than a whole page is split, line by line.
/// </summary>
internal sealed class TableLayout : LaidOutBlock
{
    // Starting a split row with less room than this would leave a sliver of one line at the page bottom.
    private const double MinimumSlice = 48;

    private readonly IReadOnlyList<TableRowLayout> headerRows;
    private readonly IReadOnlyList<TableRowLayout> bodyRows;
    private readonly TableStyle style;
    private readonly double spaceBefore;
    private readonly double spaceAfter;
    private readonly double headerHeight;

    private TableLayout(
        IReadOnlyList<TableRowLayout> headerRows, IReadOnlyList<TableRowLayout> bodyRows, TableStyle style, double spaceBefore, double spaceAfter)
    {
        this.headerRows = headerRows;
        this.bodyRows = bodyRows;
        this.style = style;
        this.spaceBefore = spaceBefore;
        this.spaceAfter = spaceAfter;
        headerHeight = headerRows.Sum(r => r.Height);
        Height = spaceBefore + headerHeight + bodyRows.Sum(r => r.Height) + spaceAfter;
    }

    public override double Height { get; }

    public override double LeadHeight => spaceBefore + headerHeight + (bodyRows.Count > 0 ? bodyRows[0].Height : 0);

    public static TableLayout Create(Table table, TextMeasurer measurer, double width)
    {
        var edges = ColumnSizer.Edges(table, measurer, width);
        var style = new TableStyle(
            width, table.CellPaddingX, table.CellPaddingY, table.BorderWidth > 0 ? new XPen(XColors.Black, table.BorderWidth) : null);
        var headerCount = table.Rows.TakeWhile(r => r.IsHeader).Count();
        var rows = table.Rows.Select(row => LayoutRow(table, row, edges, measurer)).ToList();
        return new TableLayout(rows[..headerCount], rows[headerCount..], style, table.SpaceBefore, table.SpaceAfter);
    }

    public override void Draw(XGraphics graphics, double x, double y)
    {
        y += spaceBefore;
        var borders = new TableBorders(style);
        foreach (var row in headerRows.Concat(bodyRows))
        {
            DrawRow(graphics, borders, row, x, y);
            y += row.Height;
        }
        borders.End(graphics, x, y);
    }

    public override void Flow(PageFlow flow)
    {
        flow.SpaceBefore(spaceBefore);
        // Never leave a header alone at a page bottom: it starts where at least one body row fits under it.
        flow.EnsureSpace(LeadHeight - spaceBefore);
        var borders = new TableBorders(style);
        DrawRows(flow, borders, headerRows);
        var rowsOnPage = 0;
        foreach (var row in bodyRows)
        {
            // A row that fits no page is split right here rather than after a half-empty page.
            var oversized = row.Height > flow.FullPageHeight - headerHeight;
            if (rowsOnPage > 0 && !flow.Fits(oversized ? MinimumSlice : row.Height))
            {
                borders.End(flow.Graphics, flow.Left, flow.Y);
                flow.NewPage();
                DrawRows(flow, borders, headerRows);
                rowsOnPage = 0;
            }
            if (oversized)
            {
                FlowOversizedRow(flow, borders, row);
            }
            else
            {
                DrawRows(flow, borders, [row]);
            }
            rowsOnPage++;
        }
        borders.End(flow.Graphics, flow.Left, flow.Y);
        flow.AdvanceWithinPage(spaceAfter);
    }

    /// <summary>A row taller than the page continues on following pages, under repeated headers.</summary>
    private void FlowOversizedRow(PageFlow flow, TableBorders borders, TableRowLayout row)
    {
        var slicer = new TableRowSlicer(row, style);
        while (true)
        {
            var top = flow.Y;
            borders.AddRow(flow.Graphics, flow.Left, top, row);
            flow.Advance(slicer.DrawSlice(flow.Graphics, flow.Left, top, flow.Bottom - top));
            if (slicer.Done)
            {
                return;
            }
            borders.End(flow.Graphics, flow.Left, flow.Y);
            flow.NewPage();
            DrawRows(flow, borders, headerRows);
        }
    }

    private void DrawRows(PageFlow flow, TableBorders borders, IReadOnlyList<TableRowLayout> rows)
    {
        foreach (var row in rows)
        {
            DrawRow(flow.Graphics, borders, row, flow.Left, flow.Y);
            flow.Advance(row.Height);
        }
    }

    private void DrawRow(XGraphics graphics, TableBorders borders, TableRowLayout row, double x, double y)
    {
        row.DrawContent(graphics, x, y, style);
        borders.AddRow(graphics, x, y, row);
    }

    private static TableRowLayout LayoutRow(Table table, TableRow row, double[] edges, TextMeasurer measurer)
    {
        var columnCount = edges.Length - 1;
        var cells = new List<TableCellLayout>(columnCount);
        var column = 0;
        var contentHeight = 0.0;
        foreach (var cell in row.Cells)
        {
            if (column >= columnCount)
            {
                break;
            }
            var span = Math.Clamp(cell.ColumnSpan, 1, columnCount - column);
            var innerWidth = Math.Max(1, edges[column + span] - edges[column] - 2 * table.CellPaddingX);
            var alignment = cell.Alignment ?? (row.IsHeader ? TextAlignment.Center : table.ColumnAlignments[column]);
            var paragraph = new Paragraph(cell.Text, cell.Bold ?? row.Bold, cell.Italic)
            {
                FontSize = table.FontSize,
                Alignment = alignment,
                SpaceAfter = 0,
            };
            var content = ParagraphLayout.Create(paragraph, measurer, innerWidth);
            cells.Add(new TableCellLayout(edges[column], content));
            contentHeight = Math.Max(contentHeight, content.ContentHeight);
            column += span;
        }
        // Missing trailing cells still get their borders.
        for (; column < columnCount; column++)
        {
            var empty = ParagraphLayout.Create(new Paragraph { FontSize = table.FontSize, SpaceAfter = 0 }, measurer, 1);
            cells.Add(new TableCellLayout(edges[column], empty));
        }
        var minimum = measurer.Font(new FontKey(table.FontSize, false, false)).LineHeight;
        var height = Math.Max(contentHeight, minimum) + 2 * table.CellPaddingY;
        var color = row.Background ?? (row.IsHeader ? table.HeaderBackground : null);
        XBrush? background = color is { } c ? new XSolidBrush(XColor.FromArgb(c.R, c.G, c.B)) : null;
        return new TableRowLayout(cells, height, background);
    }
}
