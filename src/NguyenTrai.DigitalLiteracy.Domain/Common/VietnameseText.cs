using System.Globalization;
using System.Text;

namespace NguyenTrai.DigitalLiteracy.Domain.Common;

/// <summary>Vietnamese typed on some keyboards arrives decomposed (NFD); everything stored is NFC.</summary>
public static class VietnameseText
{
    /// <summary>Numbers as the ward reads them: 1.234.567.</summary>
    public static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("vi-VN");

    public static string? Normalize(string? value)
    {
        if (value is null)
        {
            return null;
        }

        var trimmed = value.Trim();
        return trimmed.IsNormalized(NormalizationForm.FormC) ? trimmed : trimmed.Normalize(NormalizationForm.FormC);
    }

    /// <summary>
    /// The first character no typed text needs: C0/C1 controls other than tab and line breaks, and invisible
    /// characters that hide or reorder text (zero-width U+200B-U+200F, bidi embeddings and overrides
    /// U+202A-U+202E and isolates U+2066-U+2069, the BOM U+FEFF). Null when the text is clean.
    /// </summary>
    public static char? FirstForbiddenCharacter(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (IsForbidden(c))
            {
                return c;
            }
        }

        return null;
    }

    public static bool IsForbidden(char c) => c switch
    {
        '\t' or '\r' or '\n' => false,
        < ' ' or (>= '\u007F' and <= '\u009F') => true,
        (>= '\u200B' and <= '\u200F') or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069') or '\uFEFF' => true,
        _ => false,
    };
}
