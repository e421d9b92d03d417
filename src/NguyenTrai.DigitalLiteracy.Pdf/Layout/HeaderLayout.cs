using PdfSharp.Drawing;

namespace NguyenTrai.DigitalLiteracy.Pdf;

/// <summary>
/// Lays out <see cref="TwoColumnHeader"/>: measures the right column's lines and gives that column what its widest
/// line needs (plus a share of any spare width), so only the left column ever wraps.
/// </summary>
internal sealed class HeaderLayout : LaidOutBlock
{
    // Whole-string and word-by-word measurements differ by rounding; a line measured to fit must not wrap.
    private const double Slack = 2;
    private const double MaximumRightShare = 0.7;
    private const double MinimumShrunkSize = 8;

    // Decree 30 sets the bodies' names in 12-13 pt: a long name may drop to 12 pt when that saves a line.
    private const double SmallestBodySize = 12;

    private readonly IReadOnlyList<(LaidOutBlock Block, double X, double Y)> items;

    private HeaderLayout(IReadOnlyList<(LaidOutBlock, double, double)> items, double contentHeight, double spaceAfter)
    {
        this.items = items;
        Height = contentHeight + spaceAfter;
    }

    public override double Height { get; }

    public static HeaderLayout Create(TwoColumnHeader header, TextMeasurer measurer, double width)
    {
        var usable = Math.Max(1, width - header.Gap);
        var rightNeeded = Widest(header.Right, measurer);
        var leftNeeded = Widest(header.Left, measurer);
        double rightWidth;
        if (header.LeftShare is { } share)
        {
            rightWidth = Math.Max(rightNeeded, usable * (1 - share));
        }
        else
        {
            var spare = usable - leftNeeded - rightNeeded;
            rightWidth = spare >= 0 ? rightNeeded + spare / 2 : rightNeeded;
        }
        rightWidth = Math.Min(rightWidth, usable * MaximumRightShare);
        var leftWidth = usable - rightWidth;

        var left = Column(header.Left, measurer, leftWidth, alwaysOneLine: false);
        var right = Column(header.Right, measurer, rightWidth, alwaysOneLine: true);
        var rightX = leftWidth + header.Gap;

        // "Số: …" and the place-and-date line share a row: both start below the taller of the two upper parts.
        var alignLast = left.Count >= 2 && right.Count >= 2 && header.Left[^1].KeepOnOneLine;
        var items = new List<(LaidOutBlock, double, double)>();
        var leftBottom = Place(left, 0, items, alignLast ? LastRowTop(left, right) : null);
        var rightBottom = Place(right, rightX, items, alignLast ? LastRowTop(left, right) : null);
        return new HeaderLayout(items, Math.Max(leftBottom, rightBottom), header.SpaceAfter);
    }

    public override void Draw(XGraphics graphics, double x, double y)
    {
        foreach (var (block, dx, dy) in items)
        {
            block.Draw(graphics, x + dx, y + dy);
        }
    }

    private static double Widest(IEnumerable<HeaderLine> lines, TextMeasurer measurer) =>
        lines.Select(l => NaturalWidth(l, l.FontSize, measurer)).DefaultIfEmpty(0).Max() + Slack;

    private static double NaturalWidth(HeaderLine line, double size, TextMeasurer measurer) =>
        measurer.Width(new FontKey(size, line.Bold, line.Italic), TextNormalizer.ToNfc(line.Text));

    /// <summary>Each line as its text (and rule), one stacked block per header line.</summary>
    private static List<StackLayout> Column(IList<HeaderLine> lines, TextMeasurer measurer, double width, bool alwaysOneLine)
    {
        var column = new List<StackLayout>(lines.Count);
        foreach (var line in lines)
        {
            var size = line.FontSize;
            if (alwaysOneLine || line.KeepOnOneLine)
            {
                var smallest = alwaysOneLine ? MinimumShrunkSize : Math.Max(MinimumShrunkSize, line.FontSize - 2);
                while (size - 0.25 >= smallest && NaturalWidth(line, size, measurer) + Slack > width)
                {
                    size -= 0.25;
                }
            }
            var text = Text(line, size, measurer, width);
            if (!alwaysOneLine && !line.KeepOnOneLine && text.LineCount > 2 && size > SmallestBodySize)
            {
                var smaller = Text(line, SmallestBodySize, measurer, width);
                text = smaller.LineCount < text.LineCount ? smaller : text;
            }
            var blocks = new List<LaidOutBlock> { text };
            if (line.RuleBelow)
            {
                blocks.Add(new RuleLayout(new HorizontalRule { Length = RuleLength(line, text), SpaceBefore = 1.5, SpaceAfter = 2 }, width));
            }
            column.Add(new StackLayout(blocks, keepTogether: true));
        }
        return column;
    }

    private static ParagraphLayout Text(HeaderLine line, double size, TextMeasurer measurer, double width) =>
        ParagraphLayout.Create(
            new Paragraph(line.Text, line.Bold, line.Italic)
            {
                Alignment = TextAlignment.Center, FontSize = size, SpaceBefore = line.SpaceBefore, SpaceAfter = 0, BalanceLines = true,
            },
            measurer,
            width);

    private static double RuleLength(HeaderLine line, ParagraphLayout text)
    {
        var last = text.LastLineWidth;
        return line.RuleShare is { } share ? share * last
            : line.RuleLength is { } length ? Math.Clamp(length, last / 3, last / 2)
            : last;
    }

    private static double LastRowTop(List<StackLayout> left, List<StackLayout> right) =>
        Math.Max(left.SkipLast(1).Sum(b => b.Height), right.SkipLast(1).Sum(b => b.Height));

    private static double Place(List<StackLayout> column, double x, List<(LaidOutBlock, double, double)> items, double? lastRowTop)
    {
        var y = 0.0;
        for (var i = 0; i < column.Count; i++)
        {
            if (i == column.Count - 1 && lastRowTop is { } top)
            {
                y = top;
            }
            items.Add((column[i], x, y));
            y += column[i].Height;
        }
        return y;
    }
}
