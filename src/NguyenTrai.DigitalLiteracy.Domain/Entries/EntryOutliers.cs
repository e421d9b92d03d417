namespace NguyenTrai.DigitalLiteracy.Domain.Entries;

/// <summary>One count of an entry with the soft limit above which the office should look at it.</summary>
public sealed record EntryMeasure(string Field, long Value, long UsualLimit);

/// <summary>
/// DHIS2's min-max idea, kept small: a count is unusual when it is above its soft limit
/// (<see cref="EntryLimits"/>), or far above what the same unit usually records for that field (more than
/// <see cref="TimesUsual"/> times its average over at least <see cref="MinHistory"/> earlier entries).
/// Unusual values are accepted but flagged "Giá trị bất thường, cần kiểm tra" for the office.
/// </summary>
public static class EntryOutliers
{
    public const string Warning = "Giá trị bất thường, cần kiểm tra";

    public const int TimesUsual = 10;

    public const int MinHistory = 5;

    /// <summary>Small numbers are never unusual, whatever the unit's history (3 people after a run of 1s is normal).</summary>
    public const long Floor = 50;

    /// <returns>The Vietnamese names of the unusual fields, empty when nothing stands out.</returns>
    public static IReadOnlyList<string> Check(Entry entry, IEnumerable<Entry>? unitHistory = null)
    {
        var measures = entry.Measures().ToList();
        if (measures.Count == 0)
        {
            return [];
        }

        var history = (unitHistory ?? []).Where(e => e.Id != entry.Id && e.Type == entry.Type).Select(e => e.Measures().ToList()).ToList();
        return [.. measures.Where(m => m.Value > m.UsualLimit || FarAboveUsual(m, history)).Select(m => m.Field)];
    }

    private static bool FarAboveUsual(EntryMeasure measure, List<List<EntryMeasure>> history)
    {
        var earlier = history.SelectMany(h => h.Where(m => m.Field == measure.Field)).Select(m => m.Value).ToList();
        return earlier.Count >= MinHistory && measure.Value > Floor && measure.Value > TimesUsual * Math.Max(1, earlier.Average());
    }
}
