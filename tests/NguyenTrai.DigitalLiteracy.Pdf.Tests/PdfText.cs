using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace NguyenTrai.DigitalLiteracy.Pdf.Tests;

/// <summary>Reads a rendered PDF back with PdfPig.</summary>
internal sealed record PageText(int Number, double Width, double Height, string Text, IReadOnlyList<Word> Words)
{
    public string WordsJoined => string.Join(' ', Words.Select(w => w.Text));
}

internal static class PdfText
{
    public static IReadOnlyList<PageText> Pages(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return [.. document.GetPages().Select(p => new PageText(p.Number, p.Width, p.Height, p.Text, [.. p.GetWords()]))];
    }

    /// <summary>Base font names of every letter, e.g. "ABCDEF+LiberationSerif-Bold".</summary>
    public static IReadOnlySet<string> FontNames(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return document.GetPages().SelectMany(p => p.Letters).Select(l => l.FontName ?? "").ToHashSet(StringComparer.Ordinal);
    }

    public static ReportDocument SingleSection(params Block[] blocks)
    {
        var document = new ReportDocument();
        var section = document.AddSection();
        foreach (var block in blocks)
        {
            section.Add(block);
        }
        return document;
    }
}
