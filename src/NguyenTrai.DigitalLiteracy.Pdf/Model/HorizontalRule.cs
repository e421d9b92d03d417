namespace NguyenTrai.DigitalLiteracy.Pdf;

/// <summary>A thin line, e.g. the short rule under the issuing body or under "Độc lập - Tự do - Hạnh phúc".</summary>
public sealed class HorizontalRule : Block
{
    /// <summary>Length in points; null spans the available width.</summary>
    public double? Length { get; set; }
    public double Thickness { get; set; } = 0.6;
    public TextAlignment Alignment { get; set; } = TextAlignment.Center;
    public double SpaceBefore { get; set; } = 1;
    public double SpaceAfter { get; set; } = 3;

    internal override LaidOutBlock Layout(TextMeasurer measurer, double width) => new RuleLayout(this, width);
}
