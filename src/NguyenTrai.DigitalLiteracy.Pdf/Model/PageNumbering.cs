namespace NguyenTrai.DigitalLiteracy.Pdf;

/// <summary>Decree 30: page numbers at the top centre, none on the first page.</summary>
public sealed record PageNumbering
{
    public bool Enabled { get; init; } = true;
    public bool ShowOnFirstPage { get; init; }
    public double FontSize { get; init; } = 13;
}
