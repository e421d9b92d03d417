namespace NguyenTrai.DigitalLiteracy.Pdf.Tests;

/// <summary>
/// Headings and captions must never be stranded at a page bottom, however many of them are chained: each run adds
/// one filler line so the chain's start walks across the bottom of page 1.
/// </summary>
public class KeepWithNextTests
{
    private const string Body = "Nội-dung-đầu của mục được trình bày thành nhiều dòng để kiểm tra việc ngắt trang, "
        + "gồm kết quả tuyên truyền, hướng dẫn kỹ năng số và sáng kiến của các đơn vị trên địa bàn phường Nguyễn Trãi "
        + "trong kỳ báo cáo, với số liệu được tổng hợp từ các báo cáo đã được phê duyệt.";

    private static IReadOnlyList<PageText> Render(int fillers, params Block[] tail)
    {
        var document = new ReportDocument();
        var section = document.AddSection();
        for (var i = 0; i < fillers; i++)
        {
            section.Add(new Paragraph($"Dòng đệm {i}"));
        }
        foreach (var block in tail)
        {
            section.Add(block);
        }
        return PdfText.Pages(PdfRenderer.Render(document));
    }

    private static PageText PageWith(IReadOnlyList<PageText> pages, string word) =>
        Assert.Single(pages, p => p.Words.Any(w => w.Text == word));

    [Fact]
    public void Heading1_heading2_and_the_first_lines_of_text_stay_on_one_page()
    {
        var movedToNextPage = 0;
        for (var fillers = 25; fillers <= 40; fillers++)
        {
            var pages = Render(fillers,
                Paragraph.Heading1("II. TIÊU-ĐỀ-MỘT"),
                Paragraph.Heading2("1. Tiêu-đề-hai"),
                Paragraph.Heading2("1.1. Tiêu-đề-ba"),
                Paragraph.Body(Body));

            var page = PageWith(pages, "TIÊU-ĐỀ-MỘT");
            Assert.Same(page, PageWith(pages, "Tiêu-đề-hai"));
            Assert.Same(page, PageWith(pages, "Tiêu-đề-ba"));
            Assert.Same(page, PageWith(pages, "Nội-dung-đầu"));
            // Orphan control: the body's second line ("...kỹ năng số...") is on the heading's page too.
            Assert.Contains("năng", page.Words.Select(w => w.Text));
            movedToNextPage += page.Number == 2 ? 1 : 0;
        }
        Assert.True(movedToNextPage > 0, "no run started the chain near the bottom of page 1");
    }

    [Fact]
    public void A_table_caption_stays_with_the_table_header_and_first_row()
    {
        var movedToNextPage = 0;
        for (var fillers = 28; fillers <= 42; fillers++)
        {
            var table = new Table(1, 4, 2);
            table.AddHeaderRow("STT", "Đơn-vị-tiêu-đề", "Lượt người");
            table.AddRow("1", "Hàng-đầu-tiên", "57");
            table.AddRow("2", "Tổ dân phố số 2", "41");
            var pages = Render(fillers, Paragraph.Heading2("2. Kết quả"), Paragraph.Caption("Bảng-1: Kết quả theo đơn vị"), table);

            var page = PageWith(pages, "Bảng-1:");
            Assert.Same(page, PageWith(pages, "Kết"));
            Assert.Contains("Đơn-vị-tiêu-đề", page.WordsJoined);
            Assert.Contains("Hàng-đầu-tiên", page.WordsJoined);
            movedToNextPage += page.Number == 2 ? 1 : 0;
        }
        Assert.True(movedToNextPage > 0, "no run started the caption near the bottom of page 1");
    }

    [Fact]
    public void A_paragraph_never_leaves_its_last_line_alone_at_the_top_of_a_page()
    {
        for (var fillers = 30; fillers <= 44; fillers++)
        {
            var pages = Render(fillers, Paragraph.Body(Body + " Đoạn-cuối-cùng."));
            if (pages.Count == 1)
            {
                continue;
            }
            var bodyLinesOnPage2 = pages[1].Words
                .Where(w => w.BoundingBox.Bottom < pages[1].Height - Units.Mm(20)) // not the page number
                .Select(w => Math.Round(w.BoundingBox.Bottom)).Distinct().Count();
            Assert.True(bodyLinesOnPage2 != 1, $"with {fillers} fillers the paragraph's last line is alone on page 2");
        }
    }
}
