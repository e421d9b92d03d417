namespace NguyenTrai.DigitalLiteracy.Pdf;

/// <summary>One centred line of the page-1 header, optionally with a short rule under it.</summary>
public sealed record HeaderLine(string Text, double FontSize = 13, bool Bold = false, bool Italic = false)
{
    public double SpaceBefore { get; init; }

    public bool RuleBelow { get; init; }

    /// <summary>Rule length in points; null makes it as long as the text (as under the motto).</summary>
    public double? RuleLength { get; init; }

    public HeaderLine WithRule(double? length = null) => this with { RuleBelow = true, RuleLength = length };
}
