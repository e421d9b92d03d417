namespace NguyenTrai.DigitalLiteracy.Pdf;

public enum TextAlignment
{
    Left,
    Center,
    Right,

    /// <summary>Extra space goes between words; the last line of the paragraph stays left-aligned.</summary>
    Justify,
}
