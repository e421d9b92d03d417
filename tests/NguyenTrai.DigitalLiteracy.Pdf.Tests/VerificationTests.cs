namespace NguyenTrai.DigitalLiteracy.Pdf.Tests;

public class VerificationTests
{
    private const string Url = "https://nguyentrai.example.vn/xac-minh/ABCD-1234?v=2";

    private static ReportDocument WithFooter(int tableRows)
    {
        var document = Decree30Sample.Build(tableRows);
        document.VerificationFooter = new VerificationBlock(Url, "ABCD-1234");
        return document;
    }

    [Theory]
    [InlineData(5)]
    [InlineData(40)]
    [InlineData(64)]
    public void The_last_page_carries_a_qr_code_that_decodes_to_the_exact_url(int tableRows)
    {
        var pdf = PdfRenderer.Render(WithFooter(tableRows));
        var pages = PdfText.Pages(pdf);

        var last = pages[^1];
        Assert.Equal(Url, QrDecoder.Decode(Pdftoppm.Rasterize(pdf, page: last.Number, dpi: 150)));
        Assert.Contains("Mã xác minh: ABCD-1234", last.WordsJoined);
        Assert.Contains(Url, last.Text);
        Assert.All(pages.SkipLast(1), p => Assert.DoesNotContain("ABCD-1234", p.Text, StringComparison.Ordinal));
        // A square at the bottom of the content area, with only its caption beside it and the rest of the page above.
        var qr = last.Fills.Where(f => Math.Abs(f.Width - f.Height) < 3).MaxBy(f => f.Width * f.Height);
        // The dark modules: 24 mm less QRCoder's quiet zone of four modules on each side.
        Assert.InRange(qr.Width, Units.Mm(16), Units.Mm(24));
        Assert.InRange(qr.Bottom, Units.Mm(20), Units.Mm(20) + Units.Mm(4));
        Assert.All(last.Words, w => Assert.True(w.BoundingBox.Bottom > qr.Top || w.BoundingBox.Left > qr.Right,
            $"\"{w.Text}\" overlaps or lies below the verification block"));
    }

    [Fact]
    public void A_full_last_page_sends_the_block_to_a_new_page_instead_of_overlapping()
    {
        var movedToNewPage = false;
        for (var fillers = 26; fillers <= 40; fillers++)
        {
            var document = new ReportDocument();
            var section = document.AddSection();
            for (var i = 0; i < fillers; i++)
            {
                section.Add(new Paragraph($"Dòng đệm {i}"));
            }
            var without = PdfText.Pages(PdfRenderer.Render(document)).Count;
            document.VerificationFooter = new VerificationBlock(Url, "ABCD-1234");
            var pdf = PdfRenderer.Render(document);
            var pages = PdfText.Pages(pdf);

            var last = pages[^1];
            var qr = last.Fills.MaxBy(f => f.Width * f.Height);
            Assert.All(last.Words, w => Assert.True(w.BoundingBox.Bottom > qr.Top || w.BoundingBox.Left > qr.Right, $"{fillers} fillers: \"{w.Text}\" overlaps the block"));
            if (pages.Count == without + 1 && !movedToNewPage)
            {
                movedToNewPage = true;
                Assert.Equal(Url, QrDecoder.Decode(Pdftoppm.Rasterize(pdf, page: last.Number)));
                Assert.DoesNotContain("Dòng", last.WordsJoined, StringComparison.Ordinal);
            }
        }
        Assert.True(movedToNewPage, "no run filled the last page");
    }

    [Fact]
    public void The_qr_code_is_vector_squares_not_an_image()
    {
        var pdf = PdfRenderer.Render(WithFooter(5));

        using var document = UglyToad.PdfPig.PdfDocument.Open(pdf);
        Assert.All(document.GetPages(), p => Assert.Empty(p.GetImages()));
        Assert.Contains(document.GetPages().Last().Paths, p => p.IsFilled);
    }

    [Fact]
    public void Without_a_footer_no_code_is_printed()
    {
        var pages = PdfText.Pages(PdfRenderer.Render(Decree30Sample.Build(5)));

        Assert.All(pages, p => Assert.DoesNotContain("Mã xác minh", p.Text, StringComparison.Ordinal));
    }
}
