namespace NguyenTrai.DigitalLiteracy.Pdf;

/// <summary>
/// The Decree 30 page-1 header: issuing bodies and number on the left, national title, motto and
/// place-and-date on the right, each a stack of centred lines.
/// </summary>
public sealed class TwoColumnHeader : Block
{
    public IList<HeaderLine> Left { get; } = [];
    public IList<HeaderLine> Right { get; } = [];

    /// <summary>
    /// Share of the content width for the left stack. Null sizes both stacks from their widest line and shares the
    /// spare width equally, so the national title stays on one line whatever the font's widths.
    /// </summary>
    public double? LeftShare { get; set; }
    public double SpaceAfter { get; set; } = 12;

    internal override LaidOutBlock Layout(TextMeasurer measurer, double width)
    {
        var leftShare = LeftShare ?? AutoLeftShare(measurer, width);
        var columns = new SideBySide { Gap = 0, SpaceAfter = SpaceAfter };
        columns.AddColumn(leftShare, [.. Left.SelectMany(line => ToBlocks(line, measurer))]);
        columns.AddColumn(1 - leftShare, [.. Right.SelectMany(line => ToBlocks(line, measurer))]);
        return columns.Layout(measurer, width);
    }

    private double AutoLeftShare(TextMeasurer measurer, double width)
    {
        var left = WidestLine(Left, measurer);
        var right = WidestLine(Right, measurer);
        if (left + right <= 0)
        {
            return 0.5;
        }
        var spare = width - left - right;
        return spare >= 0 ? (left + spare / 2) / width : left / (left + right);
    }

    private static double WidestLine(IEnumerable<HeaderLine> lines, TextMeasurer measurer) =>
        lines.Select(l => measurer.Width(new FontKey(l.FontSize, l.Bold, l.Italic), TextNormalizer.ToNfc(l.Text)))
            .DefaultIfEmpty(0)
            .Max();

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
            yield return new HorizontalRule { Length = length, SpaceBefore = 1.5, SpaceAfter = 2 };
        }
    }
}
