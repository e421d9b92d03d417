using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;

namespace NguyenTrai.DigitalLiteracy.Pdf.Tests;

/// <summary>Reads a rendered PDF back with PdfPig. Coordinates are PDF points from the bottom-left corner.</summary>
internal sealed record PageText(int Number, double Width, double Height, string Text, IReadOnlyList<Word> Words, IReadOnlyList<PdfRectangle> Strokes, IReadOnlyList<PdfRectangle> Fills)
{
    public string WordsJoined => string.Join(' ', Words.Select(w => w.Text));

    /// <summary>Stroked horizontal lines (rules, table borders) as thin rectangles.</summary>
    public IEnumerable<PdfRectangle> HorizontalRules => Strokes.Where(r => r.Height < 1.5 && r.Width > 3);

    /// <summary>Words grouped into visual lines (same baseline within half a point), top to bottom.</summary>
    public IReadOnlyList<IReadOnlyList<Word>> Lines(Func<Word, bool>? where = null) =>
        [.. Words.Where(where ?? (_ => true))
            .GroupBy(PdfText.Baseline)
            .OrderByDescending(g => g.Key)
            .Select(g => (IReadOnlyList<Word>)[.. g.OrderBy(w => w.BoundingBox.Left)])];
}

internal static class PdfText
{
    /// <summary>The word's baseline, rounded to half a point (glyph boxes differ with descenders; baselines do not).</summary>
    public static double Baseline(Word word) => Math.Round(word.Letters[0].StartBaseLine.Y * 2) / 2;

    public static IReadOnlyList<PageText> Pages(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return [.. document.GetPages().Select(p => new PageText(
            p.Number, p.Width, p.Height, p.Text, [.. p.GetWords()],
            [.. p.Paths.Where(path => path.IsStroked).Select(path => path.GetBoundingRectangle()).OfType<PdfRectangle>()],
            [.. p.Paths.Where(path => path.IsFilled).Select(path => path.GetBoundingRectangle()).OfType<PdfRectangle>()]))];
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
