namespace NguyenTrai.DigitalLiteracy.Pdf;

/// <summary>A table cell. Null style values fall back to the row (bold) and the column (alignment).</summary>
public sealed class TableCell
{
    public TableCell(string text) => Text = text;

    public string Text { get; set; }
    public TextAlignment? Alignment { get; set; }
    public bool? Bold { get; set; }
    public bool Italic { get; set; }
    public int ColumnSpan { get; set; } = 1;

    public static implicit operator TableCell(string text) => new(text);

    public static TableCell FromString(string text) => new(text);
}
