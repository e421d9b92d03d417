using PdfSharp.Pdf;

namespace NguyenTrai.DigitalLiteracy.Pdf;

/// <summary>Fills the PDF info dictionary and /Lang from the input only (no clock), and pins the file ID placeholder.</summary>
internal static class DocumentMetadata
{
    public static void Apply(PdfDocument pdf, DocumentInfo info)
    {
        pdf.Info.Title = TextNormalizer.ToNfc(info.Title);
        pdf.Info.Author = TextNormalizer.ToNfc(info.Author);
        pdf.Info.Subject = TextNormalizer.ToNfc(info.Subject);
        pdf.Info.Keywords = TextNormalizer.ToNfc(info.Keywords);
        pdf.Info.Creator = "NguyenTrai.DigitalLiteracy";
        pdf.Info.CreationDate = info.CreatedAt.UtcDateTime;
        pdf.Info.ModificationDate = info.CreatedAt.UtcDateTime;
        if (!string.IsNullOrWhiteSpace(info.Language))
        {
            pdf.Internals.Catalog.Language = info.Language;
        }
        DeterministicOutput.SetPlaceholderId(pdf);
    }
}
