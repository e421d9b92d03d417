namespace NguyenTrai.DigitalLiteracy.Data;

/// <summary>Column sizes shared by the model and the view models' validation attributes.</summary>
public static class FieldLengths
{
    public const int Code = 20;
    public const int Phone = 30;
    public const int Label = 100;
    public const int Name = 200;
    public const int Title = 300;
    public const int Url = 1000;
    public const int Text = 4000;
    public const int Sha256Hex = 64;
}
