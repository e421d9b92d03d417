using PdfSharp.Drawing;

namespace NguyenTrai.DigitalLiteracy.Pdf;

/// <summary>A paragraph broken into lines, with an optional short rule under it; it splits between lines at page ends.</summary>
internal sealed class ParagraphLayout : LaidOutBlock
{
    private const double RuleGap = 3;
    private const double RuleThickness = 0.6;

    private readonly IReadOnlyList<TextLine> lines;
    private readonly double width;
    private readonly double spaceBefore;
    private readonly double spaceAfter;
    private readonly bool keepWithNext;
    private readonly double? ruleLength;

    private ParagraphLayout(IReadOnlyList<TextLine> lines, double width, Paragraph paragraph)
    {
        this.lines = lines;
        this.width = width;
        spaceBefore = paragraph.SpaceBefore;
        spaceAfter = paragraph.SpaceAfter;
        keepWithNext = paragraph.KeepWithNext;
        ruleLength = paragraph.RuleBelowShare * WidestLine;
        Height = spaceBefore + lines.Sum(l => l.Height) + RuleHeight + spaceAfter;
    }

    public override double Height { get; }

    /// <summary>The first two lines (one if that is all): a heading is followed by at least two lines of text.</summary>
    public override double LeadHeight => spaceBefore + lines[0].Height + (lines.Count > 1 ? lines[1].Height : lines.Count == 1 ? RuleHeight : 0);

    public override bool KeepWithNext => keepWithNext;
    public double ContentHeight => Height - spaceBefore - spaceAfter;
    public int LineCount => lines.Count;

    /// <summary>Length of the longest drawn line.</summary>
    public double WidestLine => lines.Max(l => l.Width);

    /// <summary>Length of the last line (a short rule under a header line is measured against it).</summary>
    public double LastLineWidth => lines[^1].Width;

    private double RuleHeight => ruleLength is null ? 0 : RuleGap + RuleThickness;

    public static ParagraphLayout Create(Paragraph paragraph, TextMeasurer measurer, double width)
    {
        var baseFont = measurer.Font(new FontKey(paragraph.FontSize, false, false));
        var runs = paragraph.Runs.Select(run => (
            TextNormalizer.ToNfc(run.Text),
            measurer.Font(new FontKey(run.FontSize ?? paragraph.FontSize, run.Bold, run.Italic))));
        var words = WordSplitter.Split(runs);
        List<TextLine> Break(double fill) =>
            LineBreaker.Break(words, baseFont, width, paragraph.FirstLineIndent, paragraph.Alignment, paragraph.LineSpacing, fill);

        var lines = Break(width);
        if (paragraph.BalanceLines && lines.Count > 1)
        {
            lines = Balance(lines, Break, width);
        }
        return new ParagraphLayout(lines, width, paragraph);
    }

    /// <summary>The narrowest fill width that keeps the same number of lines, found by bisection.</summary>
    private static List<TextLine> Balance(List<TextLine> lines, Func<double, List<TextLine>> breakAt, double width)
    {
        var count = lines.Count;
        double low = width / count, high = width;
        var best = lines;
        for (var i = 0; i < 12 && high - low > 0.5; i++)
        {
            var middle = (low + high) / 2;
            var trial = breakAt(middle);
            if (trial.Count <= count)
            {
                (best, high) = (trial, middle);
            }
            else
            {
                low = middle;
            }
        }
        return best;
    }

    public double LineHeightAt(int line) => lines[line].Height;

    /// <summary>How many lines from <paramref name="first"/> fit in <paramref name="height"/>, and their height.</summary>
    public (int Count, double Height) LinesFitting(int first, double height)
    {
        var used = 0.0;
        var count = 0;
        while (first + count < lines.Count && used + lines[first + count].Height <= height)
        {
            used += lines[first + count].Height;
            count++;
        }
        return (count, used);
    }

    public void DrawLines(XGraphics graphics, double x, double y, int first, int count)
    {
        for (var i = first; i < first + count; i++)
        {
            lines[i].Draw(graphics, x, y);
            y += lines[i].Height;
        }
    }

    public override void Draw(XGraphics graphics, double x, double y)
    {
        y += spaceBefore;
        foreach (var line in lines)
        {
            line.Draw(graphics, x, y);
            y += line.Height;
        }
        DrawRule(graphics, x, y);
    }

    public override void Flow(PageFlow flow)
    {
        flow.SpaceBefore(spaceBefore);
        // Orphan control: never one line alone at the bottom of a page.
        if (LeadHeight - spaceBefore <= flow.FullPageHeight)
        {
            flow.EnsureSpace(LeadHeight - spaceBefore);
        }
        var linesOnPage = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            // The rule belongs to the last line: they move together.
            var height = lines[i].Height + (i == lines.Count - 1 ? RuleHeight : 0);
            // Widow control: when only the last line would go over, the last two go together.
            var widow = i == lines.Count - 2 && linesOnPage >= 2 && flow.Fits(height) && !flow.Fits(height + lines[i + 1].Height + RuleHeight);
            if (widow || !flow.Fits(height))
            {
                flow.EnsureSpace(widow ? height + lines[i + 1].Height + RuleHeight : height);
                linesOnPage = 0;
            }
            lines[i].Draw(flow.Graphics, flow.Left, flow.Y);
            flow.Advance(lines[i].Height);
            linesOnPage++;
        }
        DrawRule(flow.Graphics, flow.Left, flow.Y);
        flow.Advance(RuleHeight);
        flow.AdvanceWithinPage(spaceAfter);
    }

    private void DrawRule(XGraphics graphics, double x, double y)
    {
        if (ruleLength is not { } length)
        {
            return;
        }
        // Centred under the longest line, which for a centred paragraph is the centre of the column.
        var widest = lines.MaxBy(l => l.Width)!;
        var centre = x + Math.Clamp(widest.Left + widest.Width / 2, 0, width);
        var lineY = y + RuleGap + RuleThickness / 2;
        graphics.DrawLine(new XPen(XColors.Black, RuleThickness), centre - length / 2, lineY, centre + length / 2, lineY);
    }
}
