namespace NguyenTrai.DigitalLiteracy.Pdf.Tests;

public class ChartAndHeaderTests
{
    [Theory]
    [InlineData(BarDirection.Vertical)]
    [InlineData(BarDirection.Horizontal)]
    public void Bar_chart_prints_title_labels_and_values(BarDirection direction)
    {
        var chart = new BarChart { Title = "Lượt người theo đơn vị", Direction = direction }
            .Add("Phường Nguyễn Trãi", 1_377)
            .Add("Tổ dân phố số 5", 42.5)
            .Add("Trường THCS", -3);

        var text = Assert.Single(PdfText.Pages(PdfRenderer.Render(PdfText.SingleSection(chart)))).WordsJoined;

        Assert.Contains("Lượt người theo đơn vị", text);
        Assert.Contains("Nguyễn Trãi", text);
        Assert.Contains("1.377", text);
        Assert.Contains("42,5", text);
        Assert.Contains("-3", text);
    }

    [Fact]
    public void Two_column_header_keeps_both_stacks_on_page_one()
    {
        var page = Assert.Single(PdfText.Pages(PdfRenderer.Render(PdfText.SingleSection(Decree30Sample.Header()))));

        Assert.Contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", page.WordsJoined);
        Assert.Contains("UBND PHƯỜNG NGUYỄN TRÃI", page.WordsJoined);
        var national = page.Words.First(w => w.Text == "CỘNG");
        var ward = page.Words.First(w => w.Text == "PHƯỜNG");
        Assert.True(national.BoundingBox.Left > ward.BoundingBox.Right, "the national title belongs in the right column");
    }
}
