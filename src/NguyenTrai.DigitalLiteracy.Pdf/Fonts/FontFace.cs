namespace NguyenTrai.DigitalLiteracy.Pdf;

/// <summary>One of the four faces of the serif family; Name is the face key handed to PDFsharp.</summary>
internal sealed record FontFace(string Name, string Suffix)
{
    public static readonly FontFace RegularFace = new("Serif#Regular", "Regular");
    public static readonly FontFace BoldFace = new("Serif#Bold", "Bold");
    public static readonly FontFace ItalicFace = new("Serif#Italic", "Italic");
    public static readonly FontFace BoldItalicFace = new("Serif#BoldItalic", "BoldItalic");

    public static IReadOnlyList<FontFace> All { get; } = [RegularFace, BoldFace, ItalicFace, BoldItalicFace];

    public static FontFace For(bool bold, bool italic) => (bold, italic) switch
    {
        (false, false) => RegularFace,
        (true, false) => BoldFace,
        (false, true) => ItalicFace,
        _ => BoldItalicFace,
    };
}
