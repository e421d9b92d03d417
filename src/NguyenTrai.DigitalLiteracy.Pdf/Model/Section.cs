namespace NguyenTrai.DigitalLiteracy.Pdf;

/// <summary>A run of pages with one orientation (landscape for wide appendix tables).</summary>
public sealed class Section
{
    public PageOrientation Orientation { get; set; } = PageOrientation.Portrait;
    public IList<Block> Blocks { get; } = [];

    public Section Add(Block block)
    {
        Blocks.Add(block);
        return this;
    }

    public Paragraph AddParagraph(string text, TextAlignment alignment = TextAlignment.Justify)
    {
        var paragraph = new Paragraph(text) { Alignment = alignment };
        Blocks.Add(paragraph);
        return paragraph;
    }
}
