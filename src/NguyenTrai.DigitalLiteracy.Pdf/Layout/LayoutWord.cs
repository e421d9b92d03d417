namespace NguyenTrai.DigitalLiteracy.Pdf;

/// <summary>Text in one font inside a word; a word crosses runs when styles change mid-word.</summary>
internal readonly record struct WordPiece(string Text, MeasuredFont Font, double Width);

/// <summary>
/// An unbreakable unit for the line breaker. SpaceAfter is the font of the space that followed it (its width
/// is the gap to the next word); BreakAfter marks a forced line break.
/// </summary>
internal sealed class LayoutWord
{
    public List<WordPiece> Pieces { get; } = [];
    public double Width { get; private set; }
    public MeasuredFont? SpaceAfter { get; set; }
    public bool BreakAfter { get; set; }

    public void Add(WordPiece piece)
    {
        Pieces.Add(piece);
        Width += piece.Width;
    }
}
