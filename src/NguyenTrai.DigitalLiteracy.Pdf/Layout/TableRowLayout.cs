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

/// <summary>What every row of a table draws with.</summary>
internal sealed record TableStyle(double Width, double PaddingX, double PaddingY, XPen? Border);
