namespace NguyenTrai.DigitalLiteracy.Pdf;

/// <summary>One centred line of the page-1 header, optionally with a rule under it.</summary>
public sealed record HeaderLine(string Text, double FontSize = 13, bool Bold = false, bool Italic = false)
{
    private readonly double? ruleShare;

    public double SpaceBefore { get; init; }

    public bool RuleBelow { get; init; }

    /// <summary>
    /// Rule length in points. Null makes it as long as the text (the motto's rule). A given length is kept within
    /// 1/3 to 1/2 of the last line, so a wrapped unit name never gets a rule longer than its last line.
    /// </summary>
    public double? RuleLength { get; init; }

    /// <summary>Rule length as a share (1/3 to 1/2) of the last line, centred under it; wins over <see cref="RuleLength"/>.</summary>
    public double? RuleShare
    {
        get => ruleShare;
        init => ruleShare = value is null or (>= 1.0 / 3 and <= 0.5)
            ? value
            : throw new ArgumentOutOfRangeException(nameof(value), value, "Decree 30: the short rule is 1/3 to 1/2 of the line.");
    }

    /// <summary>
    /// Never wraps: the font shrinks (at most 2 pt) to fit the column, and only then would the line wrap. Lines of
    /// the right column (national title, motto, date) never wrap in any case; use this for "Số: …".
    /// </summary>
    public bool KeepOnOneLine { get; init; }

    public HeaderLine WithRule(double? length = null) => this with { RuleBelow = true, RuleLength = length };

    /// <summary>The issuing body's rule: 2/5 (by default) of the last line, centred under it.</summary>
    public HeaderLine WithShortRule(double share = 0.4) => this with { RuleBelow = true, RuleShare = share };

    /// <summary>"Số: 12/BC-UBND" (13 pt, upright), kept on one line and level with the place-and-date line.</summary>
    public static HeaderLine Number(string text, double fontSize = 13) => new(text, fontSize) { SpaceBefore = 4, KeepOnOneLine = true };
}
