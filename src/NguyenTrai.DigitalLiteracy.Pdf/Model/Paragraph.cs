namespace NguyenTrai.DigitalLiteracy.Pdf;

/// <summary>Wrapped text made of styled runs. "\n" inside a run forces a line break.</summary>
public sealed class Paragraph : Block
{
    private static readonly System.Globalization.CultureInfo Vietnamese = System.Globalization.CultureInfo.GetCultureInfo("vi-VN");

    private double lineSpacing = 1.0;
    private double? ruleBelowShare;

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

    /// <summary>
    /// Wrapped lines of equal length instead of a full first line and a short last one (for centred titles and
    /// header lines); the number of lines stays the same.
    /// </summary>
    public bool BalanceLines { get; set; }

    /// <summary>
    /// A short solid rule centred under the paragraph, as a share of its longest line (Decree 30: the trích yếu
    /// has one of 1/3 to 1/2 of its length); null for none.
    /// </summary>
    public double? RuleBelowShare
    {
        get => ruleBelowShare;
        set => ruleBelowShare = value is null or (> 0 and <= 1)
            ? value
            : throw new ArgumentOutOfRangeException(nameof(value), value, "The rule is a share of the line: more than 0, at most 1.");
    }

    public Paragraph AddRun(string text, bool bold = false, bool italic = false, double? fontSize = null)
    {
        Runs.Add(new TextRun(text, bold, italic, fontSize));
        return this;
    }

    /// <summary>Body text: justified with a 1 cm first-line indent.</summary>
    public static Paragraph Body(string text) =>
        new(text) { Alignment = TextAlignment.Justify, FirstLineIndent = Units.Mm(10) };

    /// <summary>Document type such as "BÁO CÁO" (Decree 30: bold capitals, 14 pt), centred, kept with the subject line.</summary>
    public static Paragraph Title(string text, double fontSize = 14) =>
        new(text.ToUpper(Vietnamese), bold: true) { Alignment = TextAlignment.Center, FontSize = fontSize, SpaceBefore = 12, SpaceAfter = 0, KeepWithNext = true };

    /// <summary>
    /// The trích yếu under the title (Decree 30: bold, 14 pt, centred, a rule of 1/3 to 1/2 of its length under it;
    /// here 2/5 of the longest line). Long subjects wrap onto balanced lines.
    /// </summary>
    public static Paragraph Subtitle(string text, double fontSize = 14) =>
        new(text, bold: true)
        {
            Alignment = TextAlignment.Center, FontSize = fontSize, SpaceAfter = 12, KeepWithNext = true, BalanceLines = true, RuleBelowShare = 0.4,
        };

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
