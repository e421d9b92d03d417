namespace NguyenTrai.DigitalLiteracy.Pdf.Tests;

public class TableTests
{
    [Fact]
    public void Long_table_spans_pages_and_repeats_its_header_on_each()
    {
        var table = new Table(1, 4, 2);
        table.AddHeaderRow("STT", "Đơn vị báo cáo", "Lượt người");
        for (var i = 1; i <= 300; i++)
        {
            table.AddRow($"{i}", $"Tổ dân phố số {i}", $"{i * 3}");
        }
        table.AddTotalRow("", "Tổng cộng", "135.450");

        var pages = PdfText.Pages(PdfRenderer.Render(PdfText.SingleSection(new Paragraph("Phụ lục"), table)));

        Assert.True(pages.Count >= 4, $"300 rows should span several pages, got {pages.Count}");
        Assert.All(pages, p => Assert.Contains("Đơn vị báo cáo", p.WordsJoined));
        var all = string.Join(' ', pages.Select(p => p.WordsJoined));
        Assert.Contains("Tổ dân phố số 1 3", all);
        Assert.Contains("Tổ dân phố số 300 900", all);
        Assert.Contains("Tổng cộng 135.450", all);
    }

    [Fact]
    public void Row_taller_than_a_page_is_split_across_pages_without_losing_text()
    {
        var words = Enumerable.Range(1, 600).Select(i => $"dòng{i}").ToArray();
        var table = new Table(1, 1);
        table.AddHeaderRow("Cột A", "Cột B");
        table.AddRow(string.Join(' ', words), "x");
        table.AddRow("sau", "y");

        var pages = PdfText.Pages(PdfRenderer.Render(PdfText.SingleSection(table)));

        Assert.InRange(pages.Count, 2, 8);
        Assert.All(pages, p => Assert.Contains("Cột A", p.WordsJoined));
        var extracted = pages.SelectMany(p => p.Words).Select(w => w.Text).ToList();
        Assert.All(words, w => Assert.Contains(w, extracted));
        Assert.Contains("sau", extracted);
        Assert.All(pages.SelectMany(p => p.Words.Select(w => (p, w))), pw => Assert.True(pw.w.BoundingBox.Bottom >= Units.Mm(20) - 1));
    }
}
