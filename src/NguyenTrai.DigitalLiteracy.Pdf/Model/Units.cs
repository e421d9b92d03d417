namespace NguyenTrai.DigitalLiteracy.Pdf;

/// <summary>All lengths in the model are PDF points (1/72 inch); decrees state margins in millimetres.</summary>
public static class Units
{
    public static double Mm(double millimetres) => millimetres * 72.0 / 25.4;
}
