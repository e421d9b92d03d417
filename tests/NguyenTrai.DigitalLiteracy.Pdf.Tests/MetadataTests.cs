using UglyToad.PdfPig;
using UglyToad.PdfPig.Tokens;

namespace NguyenTrai.DigitalLiteracy.Pdf.Tests;

public class MetadataTests
{
    private static string? CatalogLanguage(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return document.Structure.Catalog.CatalogDictionary.TryGet(NameToken.Lang, out var token) && token is StringToken text
            ? text.Data
            : null;
    }

    [Fact]
    public void Every_document_declares_vietnamese_in_its_catalog()
    {
        Assert.Equal("vi-VN", CatalogLanguage(PdfRenderer.Render(Decree30Sample.Build())));
        Assert.Equal("vi-VN", CatalogLanguage(PdfRenderer.Render(new ReportDocument())));
    }

    [Fact]
    public void Title_author_and_subject_come_from_the_input()
    {
        using var pdf = PdfDocument.Open(PdfRenderer.Render(Decree30Sample.Build()));

        Assert.Equal("Báo cáo kết quả Bình dân học vụ số", pdf.Information.Title);
        Assert.Equal("UBND phường Nguyễn Trãi", pdf.Information.Author);
        Assert.Equal("Báo cáo quý III năm 2025", pdf.Information.Subject);
    }
}
