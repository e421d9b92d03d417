namespace NguyenTrai.DigitalLiteracy.Pdf;

/// <summary>Greedy line filling (what word processors do), then positions spans for the alignment.</summary>
internal static class LineBreaker
{
    private const double Tolerance = 0.01;

    /// <summary>
    /// Breaks <paramref name="words"/> into lines no wider than <paramref name="fillWidth"/> (default: the width) and
    /// aligns them within <paramref name="width"/>; a narrower fill width balances centred lines.
    /// </summary>
    public static List<TextLine> Break(
        List<LayoutWord> words, MeasuredFont baseFont, double width, double firstLineIndent, TextAlignment alignment, double lineSpacing,
        double? fillWidth = null)
    {
        var fill = Math.Min(width, fillWidth ?? width);
        var lines = new List<TextLine>();
        var next = 0;
        LayoutWord? carry = null; // A word (or the rest of a split word) that goes at the start of the next line.
        var line = new List<LayoutWord>();
        var lineWidth = 0.0;
        var indent = firstLineIndent;

        void Commit(bool isLastOfParagraphOrForced)
        {
            var justify = alignment == TextAlignment.Justify && !isLastOfParagraphOrForced;
            lines.Add(Build(line, baseFont, width - indent, indent, alignment, justify, lineSpacing));
            line = [];
            lineWidth = 0;
            indent = 0;
        }

        while (carry is not null || next < words.Count)
        {
            var word = carry ?? words[next++];
            carry = null;
            var available = fill - indent;
            var gap = line.Count > 0 ? line[^1].SpaceAfter?.SpaceWidth ?? 0 : 0;
            if (line.Count == 0 || lineWidth + gap + word.Width <= available + Tolerance)
            {
                if (line.Count == 0 && word.Width > available + Tolerance)
                {
                    var (head, tail) = WordSplitter.SplitByCharacters(word, available);
                    line.Add(head);
                    Commit(isLastOfParagraphOrForced: false);
                    carry = tail;
                    continue;
                }
                line.Add(word);
                lineWidth += gap + word.Width;
                if (word.BreakAfter)
                {
                    Commit(isLastOfParagraphOrForced: true);
                }
                continue;
            }
            Commit(isLastOfParagraphOrForced: false);
            carry = word;
        }
        if (line.Count > 0 || lines.Count == 0)
        {
            Commit(isLastOfParagraphOrForced: true);
        }
        return lines;
    }

    private static TextLine Build(
        List<LayoutWord> words, MeasuredFont baseFont, double available, double indent, TextAlignment alignment, bool justify, double lineSpacing)
    {
        var natural = 0.0;
        var gaps = 0;
        double height = 0, ascent = 0;
        for (var i = 0; i < words.Count; i++)
        {
            if (i > 0)
            {
                natural += words[i - 1].SpaceAfter?.SpaceWidth ?? 0;
                gaps++;
            }
            natural += words[i].Width;
            foreach (var piece in words[i].Pieces)
            {
                height = Math.Max(height, piece.Font.LineHeight);
                ascent = Math.Max(ascent, piece.Font.Ascent);
            }
        }
        if (height == 0)
        {
            (height, ascent) = (baseFont.LineHeight, baseFont.Ascent);
        }

        var slack = Math.Max(0, available - natural);
        var x = indent + alignment switch
        {
            TextAlignment.Center => slack / 2,
            TextAlignment.Right => slack,
            _ => 0,
        };
        var extraPerGap = justify && gaps > 0 ? slack / gaps : 0;
        var drawnWidth = extraPerGap > 0 ? available : natural;
        return new TextLine(PlaceSpans(words, x, extraPerGap, mergeAcrossGaps: extraPerGap == 0), height * lineSpacing, ascent, x, drawnWidth);
    }

    /// <summary>
    /// Merges neighbouring text in the same font into one span (one PDF text operation instead of one per word);
    /// justified lines keep one span per word because the gaps are stretched.
    /// </summary>
    private static List<TextSpan> PlaceSpans(List<LayoutWord> words, double x, double extraPerGap, bool mergeAcrossGaps)
    {
        var spans = new List<TextSpan>();
        var text = new System.Text.StringBuilder();
        MeasuredFont? spanFont = null;
        var spanX = 0.0;

        void Flush()
        {
            if (spanFont is not null && text.Length > 0)
            {
                spans.Add(new TextSpan(text.ToString(), spanFont, spanX));
            }
            text.Clear();
            spanFont = null;
        }

        for (var i = 0; i < words.Count; i++)
        {
            if (i > 0)
            {
                var space = words[i - 1].SpaceAfter;
                if (mergeAcrossGaps && space is not null && ReferenceEquals(space, spanFont))
                {
                    text.Append(' ');
                }
                else
                {
                    Flush();
                }
                x += (space?.SpaceWidth ?? 0) + extraPerGap;
            }
            foreach (var piece in words[i].Pieces)
            {
                if (!ReferenceEquals(piece.Font, spanFont))
                {
                    Flush();
                    spanFont = piece.Font;
                    spanX = x;
                }
                text.Append(piece.Text);
                x += piece.Width;
            }
        }
        Flush();
        return spans;
    }
}
