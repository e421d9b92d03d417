using PdfSharp.Drawing;

namespace NguyenTrai.DigitalLiteracy.Pdf;

/// <summary>A cell: its left edge relative to the table and its text laid out for the width inside the padding.</summary>
internal readonly record struct TableCellLayout(double Left, ParagraphLayout Content);

/// <summary>A measured row, drawn as background, cell texts, then borders.</summary>
internal sealed class TableRowLayout(IReadOnlyList<TableCellLayout> cells, double height, XBrush? background)
{
    public double Height { get; } = height;

    public void Draw(XGraphics graphics, double x, double y, TableStyle style)
    {
        if (background is not null)
        {
            graphics.DrawRectangle(background, x, y, style.Width, Height);
        }
        foreach (var cell in cells)
        {
            // Cells are centred vertically: short numbers line up with the middle of a wrapped neighbour.
            var top = Math.Max(style.PaddingY, (Height - cell.Content.ContentHeight) / 2);
            cell.Content.Draw(graphics, x + cell.Left + style.PaddingX, y + top);
        }
        if (style.Border is null)
        {
            return;
        }
        graphics.DrawLine(style.Border, x, y, x + style.Width, y);
        graphics.DrawLine(style.Border, x, y + Height, x + style.Width, y + Height);
        foreach (var cell in cells)
        {
            graphics.DrawLine(style.Border, x + cell.Left, y, x + cell.Left, y + Height);
        }
        graphics.DrawLine(style.Border, x + style.Width, y, x + style.Width, y + Height);
    }
}

/// <summary>What every row of a table draws with.</summary>
internal sealed record TableStyle(double Width, double PaddingX, double PaddingY, XPen? Border);
