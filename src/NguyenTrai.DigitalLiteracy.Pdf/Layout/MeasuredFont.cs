using PdfSharp.Drawing;

namespace NguyenTrai.DigitalLiteracy.Pdf;

/// <summary>An XFont with the metrics the line breaker needs and a cache of word widths.</summary>
internal sealed class MeasuredFont
{
    // Bounds the cache for documents full of unique tokens (numbers, names); repeated words still hit it.
    private const int MaxCachedWords = 20_000;

    private readonly Dictionary<string, double> widths = new(StringComparer.Ordinal);
    private readonly XGraphics measureContext;

    public MeasuredFont(FontKey key, XGraphics measureContext)
    {
        this.measureContext = measureContext;
        var style = (key.Bold, key.Italic) switch
        {
            (false, false) => XFontStyleEx.Regular,
            (true, false) => XFontStyleEx.Bold,
            (false, true) => XFontStyleEx.Italic,
            _ => XFontStyleEx.BoldItalic,
        };
        Key = key;
        Font = new XFont(PdfFonts.FamilyName, key.Size, style, new XPdfFontOptions(PdfSharp.Pdf.PdfFontEncoding.Unicode));
        LineHeight = Font.GetHeight();
        Ascent = Font.Metrics.Ascent * key.Size / Font.Metrics.UnitsPerEm;
        SpaceWidth = Width(" ");
    }

    public FontKey Key { get; }
    public XFont Font { get; }
    public double LineHeight { get; }
    public double Ascent { get; }
    public double SpaceWidth { get; }

    public double Width(string text)
    {
        if (widths.TryGetValue(text, out var width))
        {
            return width;
        }
        width = MeasureUncached(text);
        if (widths.Count < MaxCachedWords)
        {
            widths[text] = width;
        }
        return width;
    }

    public double MeasureUncached(string text) => measureContext.MeasureString(text, Font).Width;
}
