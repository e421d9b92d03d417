using PdfSharp.Drawing;

namespace NguyenTrai.DigitalLiteracy.Pdf;

/// <summary>
/// Draws table rules with as few strokes as possible: one line above each row, and vertical rules once per run
/// of rows sharing the same cell edges (usually a whole page), instead of a box per cell. Line drawing was
/// the largest cost in long tables.
/// </summary>
internal sealed class TableBorders(TableStyle style)
{
    private double? runTop;
    private IReadOnlyList<TableCellLayout>? runCells;

    public void AddRow(XGraphics graphics, double x, double y, TableRowLayout row)
    {
        if (style.Border is null)
        {
            return;
        }
        if (runCells is not null && !SameEdges(runCells, row.Cells))
        {
            CloseRun(graphics, x, y);
        }
        runTop ??= y;
        runCells ??= row.Cells;
        graphics.DrawLine(style.Border, x, y, x + style.Width, y);
    }

    /// <summary>Closes the table on this page: vertical rules down to y, and the bottom rule.</summary>
    public void End(XGraphics graphics, double x, double y)
    {
        if (style.Border is null || runTop is null)
        {
            return;
        }
        CloseRun(graphics, x, y);
        graphics.DrawLine(style.Border, x, y, x + style.Width, y);
    }

    private void CloseRun(XGraphics graphics, double x, double y)
    {
        if (runTop is { } top && runCells is not null && style.Border is not null)
        {
            foreach (var cell in runCells)
            {
                graphics.DrawLine(style.Border, x + cell.Left, top, x + cell.Left, y);
            }
            graphics.DrawLine(style.Border, x + style.Width, top, x + style.Width, y);
        }
        runTop = null;
        runCells = null;
    }

    private static bool SameEdges(IReadOnlyList<TableCellLayout> a, IReadOnlyList<TableCellLayout> b)
    {
        if (ReferenceEquals(a, b))
        {
            return true;
        }
        if (a.Count != b.Count)
        {
            return false;
        }
        for (var i = 0; i < a.Count; i++)
        {
            if (a[i].Left != b[i].Left)
            {
                return false;
            }
        }
        return true;
    }
}
