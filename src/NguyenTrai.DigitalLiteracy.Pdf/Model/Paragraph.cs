namespace NguyenTrai.DigitalLiteracy.Pdf;

/// <summary>Wrapped text made of styled runs. "\n" inside a run forces a line break.</summary>
public sealed class Paragraph : Block
{
    private double lineSpacing = 1.0;

    public Paragraph()
    {
    }

    public Paragraph(string text, bool bold = false, bool italic = false) => Runs.Add(new TextRun(text, bold, italic));

    public IList<TextRun> Runs { get; } = [];
    public double FontSize { get; set; } = 13;
    public TextAlignment Alignment { get; set; } = TextAlignment.Left;
    public double FirstLineIndent { get; set; }
    public double SpaceBefore { get; set; }

    /// <summary>Decree 30 asks for at least 6 pt between paragraphs.</summary>
    public double SpaceAfter { get; set; } = 6;

    /// <summary>Multiple of the font's own line height; Decree 30 allows single (1.0) to 1.5.</summary>
    public double LineSpacing
    {
        get => lineSpacing;
        set => lineSpacing = value is >= 1.0 and <= 1.5
            ? value
            : throw new ArgumentOutOfRangeException(nameof(value), value, "Line spacing must be between 1.0 and 1.5.");
    }

    /// <summary>Moves this paragraph to the next page when the start of the following block would not fit.</summary>
    public bool KeepWithNext { get; set; }

    public Paragraph AddRun(string text, bool bold = false, bool italic = false, double? fontSize = null)
    {
        Runs.Add(new TextRun(text, bold, italic, fontSize));
        return this;
    }

    /// <summary>Body text: justified with a 1 cm first-line indent.</summary>
    public static Paragraph Body(string text) =>
        new(text) { Alignment = TextAlignment.Justify, FirstLineIndent = Units.Mm(10) };

    /// <summary>Document title such as "BÁO CÁO": bold, centred, kept with the subject line.</summary>
    public static Paragraph Title(string text, double fontSize = 14) =>
        new(text, bold: true) { Alignment = TextAlignment.Center, FontSize = fontSize, SpaceBefore = 12, SpaceAfter = 0, KeepWithNext = true };

    /// <summary>Subject line under the title: bold, centred.</summary>
    public static Paragraph Subtitle(string text) =>
        new(text, bold: true) { Alignment = TextAlignment.Center, SpaceAfter = 12, KeepWithNext = true };

    /// <summary>Roman-numbered part ("I. Công tác chỉ đạo"): bold.</summary>
    public static Paragraph Heading1(string text) =>
        new(text, bold: true) { Alignment = TextAlignment.Justify, FirstLineIndent = Units.Mm(10), SpaceBefore = 6, KeepWithNext = true };

    /// <summary>Numbered item within a part ("1. Tuyên truyền"): bold italic.</summary>
    public static Paragraph Heading2(string text) =>
        new(text, bold: true, italic: true) { Alignment = TextAlignment.Justify, FirstLineIndent = Units.Mm(10), KeepWithNext = true };

    /// <summary>Table or chart caption ("Bảng 1: …"): bold, centred, kept with the table's header and first row.</summary>
    public static Paragraph Caption(string text) =>
        new(text, bold: true) { Alignment = TextAlignment.Center, SpaceBefore = 6, SpaceAfter = 0, KeepWithNext = true };

    public static Paragraph Centered(string text, bool bold = false, bool italic = false, double fontSize = 13) =>
        new(text, bold, italic) { Alignment = TextAlignment.Center, FontSize = fontSize, SpaceAfter = 0 };

    internal override LaidOutBlock Layout(TextMeasurer measurer, double width) =>
        ParagraphLayout.Create(this, measurer, width);
}
