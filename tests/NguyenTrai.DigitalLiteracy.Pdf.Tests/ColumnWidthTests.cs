using System.Globalization;

namespace NguyenTrai.DigitalLiteracy.Pdf.Tests;

/// <summary>
/// STT, dates and numbers never break inside the token ("ST/T", "19/10/202/6" were the bugs); text columns take
/// the rest; headers wrap between words only; header rows repeat on every page and the totals row stays.
/// </summary>
public class ColumnWidthTests
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    private static string Date(int i) => new DateOnly(2026, 1, 1).AddDays(i * 3).ToString("dd/MM/yyyy", Vietnamese);

    /// <summary>The unit report's list as composed today: weights 0.5, 1.1, 4.2, 2.2, 1.2 at 11 pt.</summary>
    private static Table Activities(Table table, int rows)
    {
        table.FontSize = 11;
        table.AddHeaderRow("STT", "Ngày", "Nội dung", "Tình trạng", "Số lượng");
        for (var i = 1; i <= rows; i++)
        {
            table.AddRow(
                i.ToString(Vietnamese),
                Date(i),
                $"Tuyên truyền lưu động về kỹ năng số, dịch vụ công trực tuyến và ứng dụng VNeID tại nhà văn hóa tổ dân phố số {i}",
                i % 5 == 0 ? "Kế hoạch số 125/KH-UBND triển khai phong trào Bình dân học vụ số năm 2025 của phường" : "Đã thực hiện",
                (i * 1_237).ToString("#,##0", Vietnamese));
        }
        table.AddTotalRow(new TableCell("Tổng cộng") { ColumnSpan = 4, Alignment = TextAlignment.Center }, (rows * 1_237 * 50).ToString("#,##0", Vietnamese));
        return table;
    }

    public static TheoryData<string> Sizings => new() { "weights", "auto" };

    private static Table Build(string sizing, int rows) =>
        Activities(sizing == "auto" ? Table.Auto(5) : new Table(0.5, 1.1, 4.2, 2.2, 1.2), rows);

    [Theory]
    [MemberData(nameof(Sizings))]
    public void Stt_dates_and_numbers_never_break_inside_the_token(string sizing)
    {
        const int Rows = 120;
        var pages = PdfText.Pages(PdfRenderer.Render(PdfText.SingleSection(Build(sizing, Rows))));

        var words = pages.SelectMany(p => p.Words).Select(w => w.Text).ToList();
        Assert.True(pages.Count >= 3, $"the table should span pages, got {pages.Count}");
        Assert.Equal(pages.Count, words.Count(w => w == "STT"));
        Assert.DoesNotContain(words, w => w is "ST" or "T");
        for (var i = 1; i <= Rows; i++)
        {
            Assert.Contains(Date(i), words);
            Assert.Contains((i * 1_237).ToString("#,##0", Vietnamese), words);
        }
        Assert.All(words.Where(w => w.Contains('/', StringComparison.Ordinal) && char.IsDigit(w[0])),
            w => Assert.Matches(@"^(\d{2}/\d{2}/\d{4}|\d+/KH-UBND)$", w));
    }

    [Theory]
    [MemberData(nameof(Sizings))]
    public void Header_repeats_on_every_page_and_the_total_row_stays(string sizing)
    {
        var pages = PdfText.Pages(PdfRenderer.Render(PdfText.SingleSection(Build(sizing, 120))));

        // Page 2 onwards starts with its number at the top, then the repeated header.
        var starts = pages.Select(p => p.Number == 1 ? p.WordsJoined : p.WordsJoined[(p.Number.ToString(Vietnamese).Length + 1)..]);
        Assert.All(starts, text => Assert.StartsWith("STT Ngày Nội dung Tình trạng Số lượng", text[..40], StringComparison.Ordinal));
        Assert.Contains($"Tổng cộng {(120 * 1_237 * 50).ToString("#,##0", Vietnamese)}", pages[^1].WordsJoined);
    }

    [Fact]
    public void Content_sizing_gives_single_token_columns_their_width_and_the_rest_to_text()
    {
        var page = PdfText.Pages(PdfRenderer.Render(PdfText.SingleSection(Build("auto", 12))))[0];

        // Each body row's date and number sit on the row's first line with its STT: nothing in those columns wraps.
        var lines = page.Lines();
        for (var i = 1; i <= 12; i++)
        {
            var row = Assert.Single(lines, l => l.Any(w => w.Text == Date(i)));
            Assert.Contains(row, w => w.Text == i.ToString(Vietnamese));
            Assert.Contains(row, w => w.Text == (i * 1_237).ToString("#,##0", Vietnamese));
        }
        // "Nội dung" holds most text, so it is the widest column: its words spread further than any other column's.
        var contentWords = page.Words.Where(w => w.Text is "Tuyên" or "VNeID").ToList();
        var statusWords = page.Words.Where(w => w.Text is "Đã" or "thực" or "hiện" or "Kế" or "hoạch").ToList();
        var contentSpan = contentWords.Max(w => w.BoundingBox.Right) - contentWords.Min(w => w.BoundingBox.Left);
        var statusSpan = statusWords.Max(w => w.BoundingBox.Right) - statusWords.Min(w => w.BoundingBox.Left);
        Assert.True(contentSpan > statusSpan, $"content column {contentSpan:0} pt should be wider than the status column {statusSpan:0} pt");
    }

    [Fact]
    public void Narrow_header_wraps_between_words_only()
    {
        var table = Table.Auto(3);
        table.AddHeaderRow("STT", "Đơn vị", "Tỷ lệ hoàn thành (%)");
        table.AddRow("1", "Tổ dân phố số 1", "9");

        var words = Assert.Single(PdfText.Pages(PdfRenderer.Render(PdfText.SingleSection(table)))).Words.Select(w => w.Text).ToList();

        Assert.Contains("hoàn", words);
        Assert.Contains("thành", words);
        Assert.Contains("(%)", words);
    }

    [Fact]
    public void Columns_that_cannot_all_fit_still_fill_exactly_the_width()
    {
        var table = Table.Auto(8);
        table.AddHeaderRow("Mã-số-định-danh-rất-dài-một", "Mã-số-định-danh-rất-dài-hai", "Mã-số-định-danh-rất-dài-ba", "Mã-số-định-danh-rất-dài-bốn", "5", "6", "7", "8");
        table.AddRow("a", "b", "c", "d", "e", "f", "g", "h");

        var page = Assert.Single(PdfText.Pages(PdfRenderer.Render(PdfText.SingleSection(table))));

        var right = page.Width - Units.Mm(15);
        Assert.All(page.Strokes, r => Assert.True(r.Right <= right + 1, $"a border at {r.Right:0} pt passes the right margin {right:0} pt"));
    }
}
