using PdfSharp.Drawing;

namespace NguyenTrai.DigitalLiteracy.Pdf;

/// <summary>A cell: its left edge relative to the table and its text laid out for the width inside the padding.</summary>
internal readonly record struct TableCellLayout(double Left, ParagraphLayout Content);

/// <summary>A measured row. It draws background and text; borders are left to <see cref="TableBorders"/>.</summary>
internal sealed class TableRowLayout(IReadOnlyList<TableCellLayout> cells, double height, XBrush? background)
{
    public IReadOnlyList<TableCellLayout> Cells { get; } = cells;
    public double Height { get; } = height;

    public void DrawContent(XGraphics graphics, double x, double y, TableStyle style)
    {
        if (background is not null)
        {
            graphics.DrawRectangle(background, x, y, style.Width, Height);
        }
        foreach (var cell in Cells)
        {
            // Cells are centred vertically: short numbers line up with the middle of a wrapped neighbour.
            var top = Math.Max(style.PaddingY, (Height - cell.Content.ContentHeight) / 2);
            cell.Content.Draw(graphics, x + cell.Left + style.PaddingX, y + top);
        }
    }
}

/// <summary>
/// Draws a row taller than a page in slices: each page gets the lines of every cell that fit, so nothing is
/// lost below the margin. Each slice takes at least one line per unfinished cell, so it always ends.
/// </summary>
internal sealed class TableRowSlicer(TableRowLayout row, TableStyle style)
{
    private readonly int[] nextLine = new int[row.Cells.Count];

    public bool Done => row.Cells.Select((c, i) => nextLine[i] >= c.Content.LineCount).All(done => done);

    /// <summary>Draws the next slice at y within <paramref name="available"/> height and returns the slice height.</summary>
    public double DrawSlice(XGraphics graphics, double x, double y, double available)
    {
        var slices = new (int Count, double Height)[row.Cells.Count];
        var textHeight = 0.0;
        for (var i = 0; i < row.Cells.Count; i++)
        {
            var content = row.Cells[i].Content;
            var slice = content.LinesFitting(nextLine[i], available - 2 * style.PaddingY);
            if (slice.Count == 0 && nextLine[i] < content.LineCount)
            {
                slice = (1, content.LineHeightAt(nextLine[i]));
            }
            slices[i] = slice;
            textHeight = Math.Max(textHeight, slice.Height);
        }
        for (var i = 0; i < row.Cells.Count; i++)
        {
            row.Cells[i].Content.DrawLines(graphics, x + row.Cells[i].Left + style.PaddingX, y + style.PaddingY, nextLine[i], slices[i].Count);
            nextLine[i] += slices[i].Count;
        }
        return textHeight + 2 * style.PaddingY;
    }
}

/// <summary>What every row of a table draws with.</summary>
internal sealed record TableStyle(double Width, double PaddingX, double PaddingY, XPen? Border);
