namespace NguyenTrai.DigitalLiteracy.Pdf;

internal readonly record struct FontKey(double Size, bool Bold, bool Italic);
