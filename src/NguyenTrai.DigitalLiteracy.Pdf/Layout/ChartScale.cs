namespace NguyenTrai.DigitalLiteracy.Pdf;

/// <summary>A value axis from zero to a round maximum (1, 2, 2.5 or 5 times a power of ten) with even ticks.</summary>
internal sealed class ChartScale
{
    private ChartScale(double maximum, int tickCount)
    {
        Maximum = maximum;
        TickCount = tickCount;
    }

    public double Maximum { get; }
    public int TickCount { get; }

    public IEnumerable<double> Ticks => Enumerable.Range(0, TickCount + 1).Select(i => Maximum * i / TickCount);

    public static ChartScale For(IEnumerable<double> values)
    {
        var max = values.Select(v => Math.Max(0, v)).DefaultIfEmpty(0).Max();
        if (max <= 0 || double.IsNaN(max) || double.IsInfinity(max))
        {
            return new ChartScale(1, 4);
        }
        var power = Math.Pow(10, Math.Floor(Math.Log10(max)));
        var (nice, ticks) = (max / power) switch
        {
            <= 1 => (1.0, 5),
            <= 2 => (2.0, 4),
            <= 2.5 => (2.5, 5),
            <= 5 => (5.0, 5),
            _ => (10.0, 5),
        };
        return new ChartScale(nice * power, ticks);
    }

    /// <summary>Share of the axis length for a value, clamped to the axis (negative values draw as zero).</summary>
    public double Fraction(double value) => Math.Clamp(value / Maximum, 0, 1);
}
