namespace NguyenTrai.DigitalLiteracy.Pdf;

/// <summary>
/// Blocks that must stay on one page, e.g. "Nơi nhận" with the signature block: when they do not fit in the
/// rest of the page they all move to the next one. A group taller than a whole page flows normally.
/// </summary>
public sealed class KeepTogether : Block
{
    public KeepTogether(params Block[] blocks)
    {
        foreach (var block in blocks)
        {
            Blocks.Add(block);
        }
    }

    public IList<Block> Blocks { get; } = [];

    internal override LaidOutBlock Layout(TextMeasurer measurer, double width) =>
        new StackLayout(Blocks.Select(b => b.Layout(measurer, width)).ToList(), keepTogether: true);
}
