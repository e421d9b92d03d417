namespace NguyenTrai.DigitalLiteracy.Reporting.Figures;

/// <summary>Figures by key for one group (a unit, a month, a report, or everything); a missing key reads as 0.</summary>
public sealed class FigureSet
{
    private readonly Dictionary<string, long> values;

    public FigureSet()
        : this(new Dictionary<string, long>(StringComparer.Ordinal))
    {
    }

    private FigureSet(Dictionary<string, long> values) => this.values = values;

    public static FigureSet Empty { get; } = new();

    public IEnumerable<KeyValuePair<string, long>> Pairs => values;

    public long this[string key] => values.GetValueOrDefault(key);

    public static FigureSet Of(IEnumerable<KeyValuePair<string, long>> pairs)
    {
        var set = new FigureSet();
        foreach (var (key, value) in pairs)
        {
            set.Add(key, value);
        }

        return set;
    }

    public static FigureSet Sum(IEnumerable<FigureSet> sets) => Of(sets.SelectMany(s => s.values));

    public Totals Totals => Figures.Totals.From(this);

    internal void Add(string key, long value)
    {
        if (value != 0)
        {
            values[key] = checked(values.GetValueOrDefault(key) + value);
        }
    }
}
