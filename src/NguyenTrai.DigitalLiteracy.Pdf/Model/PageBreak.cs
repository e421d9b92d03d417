namespace NguyenTrai.DigitalLiteracy.Pdf;

/// <summary>Continues on a new page (no effect when already at the top of a page).</summary>
public sealed class PageBreak : Block
{
    internal override LaidOutBlock Layout(TextMeasurer measurer, double width) => new PageBreakLayout();
}
