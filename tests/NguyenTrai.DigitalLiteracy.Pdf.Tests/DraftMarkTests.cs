namespace NguyenTrai.DigitalLiteracy.Pdf.Tests;

public class DraftMarkTests
{
    private static ReportDocument Sample(string? draftMark)
    {
        var document = Decree30Sample.Build(tableRows: 60);
        document.AddSection(PageOrientation.Landscape).Add(Paragraph.Title("Phụ lục")).Add(Decree30Sample.Table(40));
        document.DraftMark = draftMark;
        return document;
    }

    [Fact]
    public void Every_page_of_a_draft_carries_the_mark_beneath_its_content()
    {
        var pages = PdfText.Pages(PdfRenderer.Render(Sample("DỰ THẢO")));

        Assert.True(pages.Count >= 3, $"the sample should span several pages, got {pages.Count}");
        Assert.All(pages, page =>
        {
            Assert.Contains("DỰ THẢO", page.Text, StringComparison.Ordinal);
            // Drawn first, so the content is painted over it and no text is hidden.
            Assert.StartsWith("DỰ THẢO", page.Text, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void An_issued_document_carries_no_mark()
    {
        var pages = PdfText.Pages(PdfRenderer.Render(Sample(null)));

        Assert.All(pages, page => Assert.DoesNotContain("DỰ THẢO", page.Text, StringComparison.Ordinal));
    }

    [Fact]
    public void The_mark_is_visible_light_grey_ink()
    {
        static int LightGrey(byte[] pdf) => Pdftoppm.Rasterize(pdf, page: 2, dpi: 50).Count(p => p is > 150 and < 240);

        var draft = LightGrey(PdfRenderer.Render(Sample("DỰ THẢO")));
        var issued = LightGrey(PdfRenderer.Render(Sample(null)));

        Assert.True(draft - issued > 2_000, $"light grey pixels on page 2: {draft} for the draft, {issued} issued");
    }
}
