using System.Text;

namespace NguyenTrai.DigitalLiteracy.Pdf;

/// <summary>
/// PDFsharp does no shaping: a decomposed (NFD) "ệ" is drawn as "e" plus two free-floating marks that land in
/// the wrong place, so every string is composed (NFC) before it is measured or drawn.
/// </summary>
internal static class TextNormalizer
{
    public static string ToNfc(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }
        var composed = text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
        // Tabs and carriage returns have no glyph in the font; treat them as a space and a plain line feed.
        return composed.Contains('\t') || composed.Contains('\r')
            ? composed.Replace("\r\n", "\n").Replace('\r', '\n').Replace('\t', ' ')
            : composed;
    }
}
