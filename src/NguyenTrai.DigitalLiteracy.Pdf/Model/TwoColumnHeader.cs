namespace NguyenTrai.DigitalLiteracy.Pdf;

/// <summary>
/// The Decree 30 page-1 header: issuing bodies and number on the left, national title, motto and
/// place-and-date on the right, each a stack of centred lines.
/// </summary>
public sealed class TwoColumnHeader : Block
{
    public IList<HeaderLine> Left { get; } = [];
    public IList<HeaderLine> Right { get; } = [];

    /// <summary>Share of the content width for the left stack; the national title needs the wider right one.</summary>
    public double LeftShare { get; set; } = 0.45;
    public double SpaceAfter { get; set; } = 12;

    internal override LaidOutBlock Layout(TextMeasurer measurer, double width)
    {
        var columns = new SideBySide { Gap = 0, SpaceAfter = SpaceAfter };
        columns.AddColumn(LeftShare, [.. Left.SelectMany(line => ToBlocks(line, measurer))]);
        columns.AddColumn(1 - LeftShare, [.. Right.SelectMany(line => ToBlocks(line, measurer))]);
        return columns.Layout(measurer, width);
    }

    private static IEnumerable<Block> ToBlocks(HeaderLine line, TextMeasurer measurer)
    {
        yield return new Paragraph(line.Text, line.Bold, line.Italic)
        {
            Alignment = TextAlignment.Center,
            FontSize = line.FontSize,
            SpaceBefore = line.SpaceBefore,
            SpaceAfter = 0,
        };
        if (line.RuleBelow)
        {
            var font = new FontKey(line.FontSize, line.Bold, line.Italic);
            var length = line.RuleLength ?? measurer.Width(font, TextNormalizer.ToNfc(line.Text));
            yield return new HorizontalRule { Length = length, SpaceBefore = 0.5, SpaceAfter = 2 };
        }
    }
}
