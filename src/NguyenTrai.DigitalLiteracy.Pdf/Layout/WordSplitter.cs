using System.Globalization;

namespace NguyenTrai.DigitalLiteracy.Pdf;

/// <summary>Turns styled runs into words, collapsing repeated spaces and keeping "\n" as forced breaks.</summary>
internal static class WordSplitter
{
    private static readonly char[] Separators = [' ', '\n'];

    public static List<LayoutWord> Split(IEnumerable<(string Text, MeasuredFont Font)> runs)
    {
        var words = new List<LayoutWord>();
        LayoutWord? current = null;
        foreach (var (text, font) in runs)
        {
            var i = 0;
            while (i < text.Length)
            {
                var c = text[i];
                if (c == ' ')
                {
                    EndWord(words, ref current);
                    if (words.Count > 0 && words[^1] is { SpaceAfter: null, BreakAfter: false } last)
                    {
                        last.SpaceAfter = font;
                    }
                    i++;
                }
                else if (c == '\n')
                {
                    EndWord(words, ref current);
                    if (words.Count == 0 || words[^1].BreakAfter)
                    {
                        words.Add(new LayoutWord()); // An empty line.
                    }
                    words[^1].BreakAfter = true;
                    i++;
                }
                else
                {
                    var end = text.IndexOfAny(Separators, i);
                    var piece = end < 0 ? text[i..] : text[i..end];
                    current ??= new LayoutWord();
                    current.Add(new WordPiece(piece, font, font.Width(piece)));
                    i += piece.Length;
                }
            }
        }
        EndWord(words, ref current);
        return words;
    }

    /// <summary>Splits a word too long for a line into a head no wider than <paramref name="width"/> and the rest.</summary>
    public static (LayoutWord Head, LayoutWord Tail) SplitByCharacters(LayoutWord word, double width)
    {
        var head = new LayoutWord();
        var tail = new LayoutWord { SpaceAfter = word.SpaceAfter, BreakAfter = word.BreakAfter };
        var used = 0.0;
        var full = false;
        foreach (var piece in word.Pieces)
        {
            if (full)
            {
                tail.Add(piece);
                continue;
            }
            if (used + piece.Width <= width)
            {
                head.Add(piece);
                used += piece.Width;
                continue;
            }
            var fit = LongestFittingPrefix(piece, width - used, mustTakeOne: head.Pieces.Count == 0);
            if (fit > 0)
            {
                var prefix = piece.Text[..fit];
                head.Add(new WordPiece(prefix, piece.Font, piece.Font.MeasureUncached(prefix)));
            }
            var rest = piece.Text[fit..];
            tail.Add(new WordPiece(rest, piece.Font, piece.Font.MeasureUncached(rest)));
            full = true;
        }
        return (head, tail);
    }

    private static int LongestFittingPrefix(WordPiece piece, double width, bool mustTakeOne)
    {
        // Break only between text elements so a surrogate pair or a stray combining mark is never cut.
        var boundaries = StringInfo.ParseCombiningCharacters(piece.Text);
        int low = 0, high = boundaries.Length - 1, best = 0;
        while (low <= high)
        {
            var mid = (low + high) / 2;
            var end = mid + 1 < boundaries.Length ? boundaries[mid + 1] : piece.Text.Length;
            if (piece.Font.MeasureUncached(piece.Text[..end]) <= width)
            {
                best = end;
                low = mid + 1;
            }
            else
            {
                high = mid - 1;
            }
        }
        if (best == 0 && mustTakeOne)
        {
            // Not even one character fits: take one anyway so the breaker always makes progress.
            best = boundaries.Length > 1 ? boundaries[1] : piece.Text.Length;
        }
        return best;
    }

    private static void EndWord(List<LayoutWord> words, ref LayoutWord? current)
    {
        if (current is not null)
        {
            words.Add(current);
            current = null;
        }
    }
}
