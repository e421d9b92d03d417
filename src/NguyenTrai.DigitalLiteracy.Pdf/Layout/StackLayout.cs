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
            var block = blocks[i];
            if (block.KeepWithNext && i + 1 < blocks.Count)
            {
                // A heading must not end a page: it moves when the next block's start would not follow it.
                var needed = block.Height + blocks[i + 1].LeadHeight;
                if (!flow.Fits(needed) && needed <= flow.FullPageHeight)
                {
                    flow.EnsureSpace(needed);
                }
            }
            block.Flow(flow);
        }
    }
}
