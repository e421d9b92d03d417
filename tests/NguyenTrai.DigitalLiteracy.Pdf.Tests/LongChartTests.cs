namespace NguyenTrai.DigitalLiteracy.Pdf.Tests;

/// <summary>A horizontal chart with more bars than a page holds (a ward's 20+ units) continues on the next page.</summary>
public class LongChartTests
{
    private static BarChart Chart(int bars)
    {
        var chart = new BarChart { Title = "Lượt người tham gia hướng dẫn theo đơn vị", Direction = BarDirection.Horizontal };
        for (var i = 1; i <= bars; i++)
        {
            chart.Add($"Tổ dân phố số {i} (khu dân cư mới)", 100 + i);
        }

        return chart;
    }

    [Fact]
    public void A_chart_taller_than_a_page_never_draws_in_the_bottom_margin_and_keeps_every_bar()
    {
        var document = PdfText.SingleSection(new Paragraph("Biểu đồ"), Chart(60));
        var pages = PdfText.Pages(PdfRenderer.Render(document));

        Assert.True(pages.Count >= 2, $"60 bars fit no page; got {pages.Count} page(s)");
        Assert.All(pages, p => Assert.All(p.Words, w => Assert.True(w.BoundingBox.Bottom >= Units.Mm(20) - 1, $"page {p.Number}: \"{w.Text}\" in the bottom margin")));
        Assert.All(pages, p => Assert.Contains("Lượt người tham gia", p.WordsJoined, StringComparison.Ordinal));
        var all = string.Join(' ', pages.Select(p => p.WordsJoined));
        for (var i = 1; i <= 60; i++)
        {
            Assert.Contains($"số {i} ", all + " ", StringComparison.Ordinal);
            Assert.Contains((100 + i).ToString(System.Globalization.CultureInfo.InvariantCulture), all, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_chart_that_fits_a_page_stays_in_one_piece()
    {
        var pages = PdfText.Pages(PdfRenderer.Render(PdfText.SingleSection(Chart(12))));

        Assert.Single(pages);
    }
}
