using PdfSharp.Drawing;

namespace NguyenTrai.DigitalLiteracy.Pdf;

/// <summary>A paragraph broken into lines; it splits between lines at page ends.</summary>
internal sealed class ParagraphLayout : LaidOutBlock
{
    private readonly IReadOnlyList<TextLine> lines;
    private readonly double spaceBefore;
    private readonly double spaceAfter;
    private readonly bool keepWithNext;

    private ParagraphLayout(IReadOnlyList<TextLine> lines, double spaceBefore, double spaceAfter, bool keepWithNext)
    {
        this.lines = lines;
        this.spaceBefore = spaceBefore;
        this.spaceAfter = spaceAfter;
        this.keepWithNext = keepWithNext;
        Height = spaceBefore + lines.Sum(l => l.Height) + spaceAfter;
    }

    public override double Height { get; }
    /// <summary>The first two lines (one if that is all): a heading is followed by at least two lines of text.</summary>
    public override double LeadHeight => spaceBefore + lines[0].Height + (lines.Count > 1 ? lines[1].Height : 0);
    public override bool KeepWithNext => keepWithNext;
    public double ContentHeight => Height - spaceBefore - spaceAfter;

    public static ParagraphLayout Create(Paragraph paragraph, TextMeasurer measurer, double width)
    {
        var baseFont = measurer.Font(new FontKey(paragraph.FontSize, false, false));
        var runs = paragraph.Runs.Select(run => (
            TextNormalizer.ToNfc(run.Text),
            measurer.Font(new FontKey(run.FontSize ?? paragraph.FontSize, run.Bold, run.Italic))));
        var words = WordSplitter.Split(runs);
        var lines = LineBreaker.Break(words, baseFont, width, paragraph.FirstLineIndent, paragraph.Alignment, paragraph.LineSpacing);
        return new ParagraphLayout(lines, paragraph.SpaceBefore, paragraph.SpaceAfter, paragraph.KeepWithNext);
    }

    public int LineCount => lines.Count;

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
            var line = lines[i];
            // Widow control: when only the last line would go over, the last two go together.
            var widow = i == lines.Count - 2 && linesOnPage >= 2 && flow.Fits(line.Height) && !flow.Fits(line.Height + lines[i + 1].Height);
            if (widow || !flow.Fits(line.Height))
            {
                flow.EnsureSpace(widow ? line.Height + lines[i + 1].Height : line.Height);
                linesOnPage = 0;
            }
            line.Draw(flow.Graphics, flow.Left, flow.Y);
            flow.Advance(line.Height);
            linesOnPage++;
        }
        flow.AdvanceWithinPage(spaceAfter);
    }
}
