namespace NguyenTrai.DigitalLiteracy.Pdf;

/// <summary>A colour without PDFsharp types, so callers of the model need no PDFsharp namespace.</summary>
public readonly record struct RgbColor(byte R, byte G, byte B)
{
    public static RgbColor Black { get; } = new(0, 0, 0);
    public static RgbColor LightGray { get; } = new(230, 230, 230);
    public static RgbColor SteelBlue { get; } = new(70, 110, 160);
}
