namespace NguyenTrai.DigitalLiteracy.Pdf.Tests;

public class PageTests
{
    private static ReportDocument ManyPages(int paragraphs)
    {
        var document = new ReportDocument();
        var section = document.AddSection();
        for (var i = 0; i < paragraphs; i++)
        {
            section.Add(Paragraph.Body("Nội dung báo cáo được trình bày theo Nghị định 30/2020/NĐ-CP về công tác văn thư, "
                + "với lề trên hai mươi milimét, lề trái ba mươi milimét và cỡ chữ mười ba."));
        }
        return document;
    }

    [Fact]
    public void Page_numbers_are_at_top_centre_from_page_two_only()
    {
        var pages = PdfText.Pages(PdfRenderer.Render(ManyPages(60)));
        Assert.True(pages.Count >= 3);

        var contentCentre = Units.Mm(30) + (Units.Mm(210) - Units.Mm(45)) / 2;
        static bool InTopMargin(PageText page, UglyToad.PdfPig.Content.Word w) => w.BoundingBox.Bottom > page.Height - Units.Mm(20);

        Assert.DoesNotContain(pages[0].Words, w => InTopMargin(pages[0], w));
        foreach (var page in pages.Skip(1))
        {
            var number = Assert.Single(page.Words, w => InTopMargin(page, w));
            Assert.Equal(page.Number.ToString(), number.Text);
            Assert.InRange(number.BoundingBox.Centroid.X, contentCentre - 3, contentCentre + 3);
        }
    }

    [Fact]
    public void Page_number_on_first_page_can_be_enabled()
    {
        var document = ManyPages(1);
        document.PageNumbering = new PageNumbering { ShowOnFirstPage = true };

        var page = Assert.Single(PdfText.Pages(PdfRenderer.Render(document)));

        Assert.Equal("1", page.Words[0].Text);
    }

    [Fact]
    public void Landscape_section_pages_are_wider_than_tall()
    {
        var document = new ReportDocument();
        document.AddSection().Add(new Paragraph("Báo cáo"));
        var table = new Table(1, 1, 1, 1, 1, 1, 1, 1);
        table.AddHeaderRow("TT", "Đơn vị", "Q1", "Q2", "Q3", "Q4", "Năm", "Ghi chú");
        document.AddSection(PageOrientation.Landscape).Add(new Paragraph("Phụ lục")).Add(table);

        var pages = PdfText.Pages(PdfRenderer.Render(document));

        Assert.Equal(2, pages.Count);
        Assert.True(pages[0].Height > pages[0].Width);
        Assert.True(pages[1].Width > pages[1].Height);
        Assert.Contains("Phụ lục", pages[1].Text);
    }

    [Fact]
    public void Keep_together_block_is_never_split_even_near_the_page_bottom()
    {
        var movedToNextPage = false;
        // One filler line more per run walks the block's start across the bottom of page 1.
        for (var fillers = 26; fillers <= 40; fillers++)
        {
            var document = new ReportDocument();
            var section = document.AddSection();
            for (var i = 0; i < fillers; i++)
            {
                section.Add(new Paragraph($"Dòng đệm {i}"));
            }
            section.Add(new KeepTogether(
                new Paragraph("Nơi-nhận-đầu"),
                new Paragraph { SpaceAfter = 60 },
                new Paragraph("Chữ-ký-cuối")));

            var pages = PdfText.Pages(PdfRenderer.Render(document));

            var first = Assert.Single(pages, p => p.Text.Contains("Nơi-nhận-đầu", StringComparison.Ordinal));
            Assert.Contains("Chữ-ký-cuối", first.Text);
            movedToNextPage |= first.Number == 2 && pages[0].Text.Contains($"Dòng đệm {fillers - 1}", StringComparison.Ordinal);
        }
        Assert.True(movedToNextPage, "no run started the block near the bottom of page 1");
    }

    [Fact]
    public void Page_break_starts_a_new_page()
    {
        var pages = PdfText.Pages(PdfRenderer.Render(PdfText.SingleSection(new Paragraph("một"), new PageBreak(), new Paragraph("hai"))));

        Assert.Equal(2, pages.Count);
        Assert.Contains("hai", pages[1].Text);
    }
}
