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
        var composed = IsPlainlyComposed(text) || text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
        // Tabs and carriage returns have no glyph in the font; treat them as a space and a plain line feed.
        return composed.Contains('\t') || composed.Contains('\r')
            ? composed.Replace("\r\n", "\n").Replace('\r', '\n').Replace('\t', ' ')
            : composed;
    }

    /// <summary>
    /// True when every character is one that is NFC on its own and never combines with a neighbour: below U+0300
    /// (Latin, before the combining marks) or precomposed Vietnamese letters (U+1E00-U+1EFF). That covers almost
    /// all report text and skips the ICU call, which cost ~10% of a 115-page render in the benchmark.
    /// </summary>
    private static bool IsPlainlyComposed(string text)
    {
        foreach (var c in text)
        {
            if (c >= '\u0300' && c is < '\u1E00' or > '\u1EFF')
            {
                return false;
            }
        }
        return true;
    }
}
