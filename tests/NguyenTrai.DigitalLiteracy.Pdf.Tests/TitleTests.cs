namespace NguyenTrai.DigitalLiteracy.Pdf.Tests;

/// <summary>Decree 30: "BÁO CÁO" bold capitals 14 pt; the trích yếu bold 14 pt, centred, with a rule of 1/3-1/2 of it under it.</summary>
public class TitleTests
{
    private const string ShortSubject = "Kết quả Bình dân học vụ số quý III";
    private const string LongSubject = "Kết quả thực hiện phong trào “Bình dân học vụ số” tháng 10 năm 2025 (từ ngày 15/09/2025 đến ngày 14/10/2025) của Trung tâm Văn hóa Thể thao và Truyền thông";

    private static PageText Render(string subject) =>
        Assert.Single(PdfText.Pages(PdfRenderer.Render(PdfText.SingleSection(Paragraph.Title("Báo cáo"), Paragraph.Subtitle(subject), Paragraph.Body("Nội dung.")))));

    [Fact]
    public void Title_is_bold_14_pt_capitals()
    {
        var page = Render(ShortSubject);

        var title = page.Lines()[0];
        Assert.Equal("BÁO CÁO", string.Join(' ', title.Select(w => w.Text)));
        Assert.All(title.SelectMany(w => w.Letters), l =>
        {
            Assert.Contains("Bold", l.FontName, StringComparison.Ordinal);
            Assert.Equal(14, l.PointSize, 0.1);
        });
    }

    [Theory]
    [InlineData(ShortSubject, 1)]
    [InlineData(LongSubject, 2)]
    public void Subject_line_is_bold_14_pt_centred_with_a_short_rule_under_it(string subject, int minimumLines)
    {
        var page = Render(subject);

        var lines = page.Lines().Skip(1).Take(page.Lines().Count - 2).ToList();
        Assert.True(lines.Count >= minimumLines, $"expected {minimumLines}+ lines, got {lines.Count}");
        Assert.Equal(subject, string.Join(' ', lines.SelectMany(l => l.Select(w => w.Text))));
        Assert.All(lines.SelectMany(l => l).SelectMany(w => w.Letters), l =>
        {
            Assert.Contains("Bold", l.FontName, StringComparison.Ordinal);
            Assert.Equal(14, l.PointSize, 0.1);
        });

        var contentCentre = Units.Mm(30) + (Units.Mm(210) - Units.Mm(45)) / 2;
        var widths = lines.Select(l => l[^1].BoundingBox.Right - l[0].BoundingBox.Left).ToList();
        Assert.All(lines, l => Assert.InRange((l[0].BoundingBox.Left + l[^1].BoundingBox.Right) / 2, contentCentre - 2, contentCentre + 2));
        var lastBottom = lines[^1].Min(w => w.BoundingBox.Bottom);
        var rule = Assert.Single(page.HorizontalRules, r => r.Top < lastBottom && r.Top > lastBottom - 10);
        Assert.InRange(rule.Width, widths.Max() / 3, widths.Max() / 2);
        Assert.InRange((rule.Left + rule.Right) / 2, contentCentre - 2, contentCentre + 2);
    }
}
