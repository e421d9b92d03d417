namespace NguyenTrai.DigitalLiteracy.Pdf;

/// <summary>
/// Column widths from the cells' content. Every column is at least as wide as its longest unbreakable token (a
/// word, "STT", a date "19/10/2026", a number "12.406") plus padding, so no token is ever split by characters;
/// header cells count by their words, so headers wrap between words only. Columns whose body cells are all single
/// tokens (STT, dates, numbers) are "fixed": they get their natural width. The rest of the width goes to the text
/// columns: in proportion to the given weights (<see cref="TableColumnSizing.Weights"/>), or to the amount of text
/// each holds (<see cref="TableColumnSizing.Content"/>), never below their minimum.
/// </summary>
internal static class ColumnSizer
{
    private const double Epsilon = 0.5;

    public static double[] Edges(Table table, TextMeasurer measurer, double width)
    {
        var widths = Widths(table, measurer, width);
        var edges = new double[widths.Length + 1];
        for (var i = 0; i < widths.Length; i++)
        {
            edges[i + 1] = edges[i] + widths[i];
        }
        return edges;
    }

    private static double[] Widths(Table table, TextMeasurer measurer, double width)
    {
        var metrics = Measure(table, measurer);
        var count = metrics.Length;
        var lower = metrics.Select(m => m.Fixed ? m.FixedWidth : m.Minimum).ToArray();
        if (lower.Sum() > width)
        {
            // Not even the tokens fit: let fixed columns fall back to their token minimum, then squeeze everything.
            lower = [.. metrics.Select(m => m.Minimum)];
            var total = lower.Sum();
            return total > width ? [.. lower.Select(l => l * width / total)] : Fill(lower, width - total, [.. metrics.Select(m => m.Natural)], [.. Enumerable.Repeat(1.0, count)]);
        }

        if (table.ColumnSizing == TableColumnSizing.Weights)
        {
            return Proportional(lower, [.. table.ColumnWidths], width);
        }
        // Content: fixed columns stay at their natural width; text columns share the rest by their amount of text.
        var shares = metrics.Select((m, i) => m.Fixed ? 0 : Math.Max(m.Text, 1) * table.ColumnWidths[i]).ToArray();
        var upper = metrics.Select(m => Math.Max(m.Natural, m.FixedWidth)).ToArray();
        var widths = Fill(lower, width - lower.Sum(), upper, shares);
        var leftover = width - widths.Sum();
        // Short content everywhere: the table still spans the width, every column widened alike.
        return leftover > Epsilon ? [.. widths.Select(w => w + leftover * w / widths.Sum())] : widths;
    }

    /// <summary>The caller's proportions, except that no column goes below its lower bound.</summary>
    private static double[] Proportional(double[] lower, double[] weights, double width)
    {
        var pinned = new bool[lower.Length];
        while (true)
        {
            var free = width - lower.Where((_, i) => pinned[i]).Sum();
            var weight = weights.Where((_, i) => !pinned[i]).Sum();
            var changed = false;
            for (var i = 0; i < lower.Length; i++)
            {
                if (!pinned[i] && free * weights[i] / weight < lower[i])
                {
                    pinned[i] = changed = true;
                }
            }
            if (!changed)
            {
                return [.. lower.Select((l, i) => pinned[i] ? l : free * weights[i] / weight)];
            }
        }
    }

    /// <summary>Adds <paramref name="extra"/> to <paramref name="start"/> in proportion to the shares, capped at the upper bounds.</summary>
    private static double[] Fill(double[] start, double extra, double[] upper, double[] shares)
    {
        var widths = (double[])start.Clone();
        while (extra > Epsilon)
        {
            var open = Enumerable.Range(0, widths.Length).Where(i => shares[i] > 0 && widths[i] < upper[i] - Epsilon).ToList();
            if (open.Count == 0)
            {
                break;
            }
            var total = open.Sum(i => shares[i]);
            var given = 0.0;
            foreach (var i in open)
            {
                var add = Math.Min(extra * shares[i] / total, upper[i] - widths[i]);
                widths[i] += add;
                given += add;
            }
            extra -= given;
        }
        return widths;
    }

    private static ColumnMetrics[] Measure(Table table, TextMeasurer measurer)
    {
        var count = table.ColumnWidths.Count;
        var metrics = Enumerable.Range(0, count).Select(_ => new ColumnMetrics()).ToArray();
        var padding = 2 * table.CellPaddingX;
        foreach (var row in table.Rows)
        {
            var column = 0;
            foreach (var cell in row.Cells)
            {
                if (column >= count)
                {
                    break;
                }
                var span = Math.Clamp(cell.ColumnSpan, 1, count - column);
                if (span == 1)
                {
                    var font = measurer.Font(new FontKey(table.FontSize, cell.Bold ?? row.Bold, cell.Italic));
                    metrics[column].Add(TextNormalizer.ToNfc(cell.Text), font, padding, row.IsHeader);
                }
                column += span;
            }
        }
        return metrics;
    }
}
