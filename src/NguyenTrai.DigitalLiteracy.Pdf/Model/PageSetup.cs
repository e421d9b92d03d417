namespace NguyenTrai.DigitalLiteracy.Pdf;

public enum PageOrientation
{
    Portrait,
    Landscape,
}

/// <summary>Paper size and margins in points; the default is A4 with the Decree 30/2020 margins.</summary>
public sealed record PageSetup
{
    public double ShortSide { get; init; } = Units.Mm(210);
    public double LongSide { get; init; } = Units.Mm(297);
    public double MarginTop { get; init; } = Units.Mm(20);
    public double MarginBottom { get; init; } = Units.Mm(20);
    public double MarginLeft { get; init; } = Units.Mm(30);
    public double MarginRight { get; init; } = Units.Mm(15);

    public static PageSetup Decree30A4 { get; } = new();

    internal double Width(PageOrientation orientation) => orientation == PageOrientation.Portrait ? ShortSide : LongSide;

    internal double Height(PageOrientation orientation) => orientation == PageOrientation.Portrait ? LongSide : ShortSide;
}
