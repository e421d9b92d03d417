using PdfSharp.Drawing;

namespace NguyenTrai.DigitalLiteracy.Pdf;

/// <summary>
/// Fonts and text widths for one render. Not shared between renders, so it needs no locking and its caches die
/// with the document.
/// </summary>
internal sealed class TextMeasurer : IDisposable
{
    private readonly XGraphics measureContext =
        XGraphics.CreateMeasureContext(new XSize(2000, 2000), XGraphicsUnit.Point, XPageDirection.Downwards);
    private readonly Dictionary<FontKey, MeasuredFont> fonts = [];

    /// <summary>
    /// Per-render facts the layout reports back (current page, signature box). It lives here because the measurer is
    /// the one object every block's layout receives for exactly one render.
    /// </summary>
    public RenderState State { get; } = new();

    public MeasuredFont Font(FontKey key)
    {
        if (!fonts.TryGetValue(key, out var font))
        {
            font = new MeasuredFont(key, measureContext);
            fonts[key] = font;
        }
        return font;
    }

    public double Width(FontKey key, string text) => Font(key).Width(text);

    public void Dispose() => measureContext.Dispose();
}
