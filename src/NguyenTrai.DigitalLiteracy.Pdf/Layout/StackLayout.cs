using PdfSharp.Drawing;

namespace NguyenTrai.DigitalLiteracy.Pdf;

/// <summary>Blocks one under another: a section's flow, a keep-together group, a column's content.</summary>
internal sealed class StackLayout(IReadOnlyList<LaidOutBlock> blocks, bool keepTogether) : LaidOutBlock
{
    public override double Height { get; } = blocks.Sum(b => b.Height);

    public override double LeadHeight => keepTogether || blocks.Count == 0 ? Height : blocks[0].LeadHeight;

    public override void Draw(XGraphics graphics, double x, double y)
    {
        foreach (var block in blocks)
        {
            block.Draw(graphics, x, y);
            y += block.Height;
        }
    }

    public override void Flow(PageFlow flow)
    {
        if (keepTogether && !flow.Fits(Height) && Height <= flow.FullPageHeight)
        {
            flow.EnsureSpace(Height);
        }
        FlowAll(blocks, flow);
    }

    public static void FlowAll(IReadOnlyList<LaidOutBlock> blocks, PageFlow flow)
    {
        for (var i = 0; i < blocks.Count; i++)
        {
            if (blocks[i].KeepWithNext && (i == 0 || !blocks[i - 1].KeepWithNext))
            {
                // A chain of headings (Heading1 -> Heading2 -> caption ...) moves as one when it and the start of
                // the block after it do not fit: no heading may end a page, whatever the chain's length.
                var needed = ChainHeight(blocks, i);
                if (!flow.Fits(needed) && needed <= flow.FullPageHeight)
                {
                    flow.EnsureSpace(needed);
                }
            }
            blocks[i].Flow(flow);
        }
    }

    private static double ChainHeight(IReadOnlyList<LaidOutBlock> blocks, int start)
    {
        var height = 0.0;
        var next = start;
        for (; next < blocks.Count && blocks[next].KeepWithNext; next++)
        {
            height += blocks[next].Height;
        }
        return next < blocks.Count ? height + blocks[next].LeadHeight : height;
    }
}
