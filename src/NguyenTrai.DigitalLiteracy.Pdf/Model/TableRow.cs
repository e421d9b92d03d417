namespace NguyenTrai.DigitalLiteracy.Pdf;

/// <summary>
/// A table row. Rows never split across pages; leading header rows are repeated on every page the table spans.
/// </summary>
public sealed class TableRow
{
    public IList<TableCell> Cells { get; } = [];
    public bool IsHeader { get; set; }
    public bool Bold { get; set; }
    public RgbColor? Background { get; set; }
}
