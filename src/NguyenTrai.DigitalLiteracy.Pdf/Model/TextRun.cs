namespace NguyenTrai.DigitalLiteracy.Pdf;

/// <summary>A piece of paragraph text in one style. FontSize null means the paragraph's size.</summary>
public sealed record TextRun(string Text, bool Bold = false, bool Italic = false, double? FontSize = null);
