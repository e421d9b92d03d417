namespace NguyenTrai.DigitalLiteracy.Pdf;

/// <summary>
/// Something placed in the page flow. Only this assembly defines blocks: each one knows how to measure itself
/// for a given width and how to draw or paginate itself.
/// </summary>
public abstract class Block
{
    private protected Block()
    {
    }

    internal abstract LaidOutBlock Layout(TextMeasurer measurer, double width);
}
