using System.Text;

namespace NguyenTrai.DigitalLiteracy.Pdf.Tests;

public class ParagraphTests
{
    [Fact]
    public void Long_paragraph_wraps_and_every_word_is_extracted()
    {
        var words = Enumerable.Range(1, 120).Select(i => $"từ{i}").ToArray();
        var pdf = PdfRenderer.Render(PdfText.SingleSection(Paragraph.Body(string.Join(' ', words))));

        var page = Assert.Single(PdfText.Pages(pdf));
        var extracted = page.Words.Select(w => w.Text).ToHashSet();
        Assert.All(words, w => Assert.Contains(w, extracted));
        var lineCount = page.Words.Select(w => Math.Round(w.BoundingBox.Bottom)).Distinct().Count();
        Assert.True(lineCount >= 5, $"expected the paragraph to wrap onto several lines, got {lineCount}");
    }

    [Fact]
    public void Word_longer_than_the_line_is_broken_by_characters()
    {
        var longWord = string.Concat(Enumerable.Repeat("Nguyễn", 60));
        var pdf = PdfRenderer.Render(PdfText.SingleSection(new Paragraph(longWord)));

        var page = Assert.Single(PdfText.Pages(pdf));
        Assert.Equal(longWord, string.Concat(page.Words.Select(w => w.Text)));
        Assert.True(page.Words.Count >= 2);
    }

    [Fact]
    public void Decomposed_input_is_drawn_composed()
    {
        const string Composed = "Cộng hòa xã hội chủ nghĩa Việt Nam";
        var decomposed = Composed.Normalize(NormalizationForm.FormD);
        Assert.NotEqual(Composed, decomposed);

        var pdf = PdfRenderer.Render(PdfText.SingleSection(new Paragraph(decomposed)));

        var text = Assert.Single(PdfText.Pages(pdf)).WordsJoined;
        Assert.Equal(Composed, text);
        Assert.True(text.IsNormalized(NormalizationForm.FormC));
    }

    [Fact]
    public void Vietnamese_sample_round_trips_through_text_extraction()
    {
        const string Sample = "Cộng hòa xã hội chủ nghĩa Việt Nam — Độc lập - Tự do - Hạnh phúc — ệ ộ ợ ự ắ ằ ẳ ẵ ặ";
        var pdf = PdfRenderer.Render(PdfText.SingleSection(
            new Paragraph(Sample), new Paragraph(Sample, bold: true), new Paragraph(Sample, italic: true)));

        var text = Assert.Single(PdfText.Pages(pdf)).WordsJoined;
        Assert.Equal(string.Join(' ', Sample, Sample, Sample), text);
    }

    [Theory]
    [InlineData(0.9)]
    [InlineData(1.6)]
    public void Line_spacing_outside_decree_range_is_rejected(double spacing) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new Paragraph("x") { LineSpacing = spacing });
}
