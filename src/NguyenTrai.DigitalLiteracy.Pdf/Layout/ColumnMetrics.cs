namespace NguyenTrai.DigitalLiteracy.Pdf;

/// <summary>What one table column's cells need: token minimum, one-line width, amount of text.</summary>
internal sealed class ColumnMetrics
{
    private bool anyBodyText;
    private bool bodyWraps;

    /// <summary>Widest unbreakable token plus padding.</summary>
    public double Minimum { get; private set; }

    /// <summary>Widest cell on one line (body cells; header cells wrap between words) plus padding.</summary>
    public double Natural { get; private set; }

    /// <summary>Sum of the body cells' one-line widths: how much text the column holds.</summary>
    public double Text { get; private set; }

    /// <summary>Every body cell is one token (STT, a date, a number): the column never needs to wrap.</summary>
    public bool Fixed => anyBodyText && !bodyWraps;

    /// <summary>Header text on at most two lines ("Lượt / người"), plus padding.</summary>
    public double HeaderOnTwoLines { get; private set; }

    /// <summary>A fixed column's width: its widest value, and room for its header on two lines.</summary>
    public double FixedWidth => Math.Max(Natural, HeaderOnTwoLines);

    public void Add(string text, MeasuredFont font, double padding, bool header)
    {
        foreach (var line in text.Split('\n'))
        {
            var tokens = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var lineWidth = 0.0;
            foreach (var token in tokens)
            {
                var tokenWidth = font.Width(token);
                Minimum = Math.Max(Minimum, tokenWidth + padding);
                lineWidth += tokenWidth;
            }
            lineWidth += Math.Max(0, tokens.Length - 1) * font.SpaceWidth;
            if (header)
            {
                HeaderOnTwoLines = Math.Max(HeaderOnTwoLines, TwoLines(tokens, font) + padding);
            }
            else if (tokens.Length > 0)
            {
                anyBodyText = true;
                bodyWraps |= tokens.Length > 1;
                Natural = Math.Max(Natural, lineWidth + padding);
                Text += lineWidth;
            }
        }
        Natural = Math.Max(Natural, Minimum);
    }

    /// <summary>The narrowest width that sets the tokens on two lines: the best split point.</summary>
    private static double TwoLines(string[] tokens, MeasuredFont font)
    {
        var widths = tokens.Select(font.Width).ToArray();
        var total = widths.Sum() + Math.Max(0, tokens.Length - 1) * font.SpaceWidth;
        var best = total;
        var head = 0.0;
        for (var i = 0; i < tokens.Length - 1; i++)
        {
            head += widths[i] + (i > 0 ? font.SpaceWidth : 0);
            best = Math.Min(best, Math.Max(head, total - head - font.SpaceWidth));
        }
        return best;
    }
}
