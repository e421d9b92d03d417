using System.Globalization;

namespace NguyenTrai.DigitalLiteracy.Pdf;

public enum BarDirection
{
    /// <summary>Columns rising from a horizontal axis.</summary>
    Vertical,

    /// <summary>Bars growing to the right, labels on the left (long Vietnamese unit names fit better).</summary>
    Horizontal,
}

/// <summary>A bar chart drawn as vectors across the content width; negative values are drawn as zero.</summary>
public sealed class BarChart : Block
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    public string Title { get; set; } = string.Empty;
    public BarDirection Direction { get; set; } = BarDirection.Vertical;
    public IList<BarItem> Bars { get; } = [];

    /// <summary>Total height of a vertical chart; a horizontal chart grows with its number of bars.</summary>
    public double Height { get; set; } = Units.Mm(75);
    public double FontSize { get; set; } = 10;
    public RgbColor BarColor { get; set; } = RgbColor.SteelBlue;
    public Func<double, string> FormatValue { get; set; } = value => value.ToString("#,##0.##", Vietnamese);
    public double SpaceBefore { get; set; } = 6;
    public double SpaceAfter { get; set; } = 6;

    public BarChart Add(string label, double value)
    {
        Bars.Add(new BarItem(label, value));
        return this;
    }

    internal override LaidOutBlock Layout(TextMeasurer measurer, double width) =>
        Direction == BarDirection.Vertical
            ? VerticalBarChartLayout.Create(this, measurer, width)
            : HorizontalBarChartLayout.Create(this, measurer, width);
}

public sealed record BarItem(string Label, double Value);
