using UglyToad.PdfPig.Content;

namespace NguyenTrai.DigitalLiteracy.Pdf.Tests;

/// <summary>
/// Decree 30 page-1 header with issuing bodies of every length: the national title, the motto and the date never
/// wrap; the unit name wraps on centred lines in the left column with its short rule under the last line.
/// </summary>
public class HeaderTests
{
    public const string Body60 = "TRUNG TÂM VĂN HÓA THỂ THAO VÀ TRUYỀN THÔNG PHƯỜNG NGUYỄN TRÃI";
    public const string Body120 = "BAN CHỈ ĐẠO PHONG TRÀO BÌNH DÂN HỌC VỤ SỐ VÀ CHUYỂN ĐỔI SỐ CỘNG ĐỒNG CỦA ỦY BAN NHÂN DÂN PHƯỜNG NGUYỄN TRÃI MỚI HẢI PHÒNG";
    private const string DateLine = "Nguyễn Trãi, ngày 05 tháng 10 năm 2025";

    public static TheoryData<string, bool> Bodies => new()
    {
        { "UBND PHƯỜNG NGUYỄN TRÃI", true },
        { Body60, true },
        { Body120, true },
        { Body60, false },
        { Body120, false },
    };

    /// <summary>The factory, or the lines built by hand as the Web composes them today.</summary>
    private static TwoColumnHeader Header(string body, bool factory)
    {
        if (factory)
        {
            return TwoColumnHeader.Decree30("UBND THÀNH PHỐ HẢI PHÒNG", body, "Số: 125/BC-UBND", DateLine);
        }
        var header = new TwoColumnHeader();
        header.Left.Add(new HeaderLine("UBND THÀNH PHỐ HẢI PHÒNG", 13));
        header.Left.Add(new HeaderLine(body, 13, Bold: true).WithRule(Units.Mm(20)));
        header.Left.Add(new HeaderLine("Số: 125/BC-UBND", 13) { SpaceBefore = 4 });
        header.Right.Add(new HeaderLine(TwoColumnHeader.NationalTitle, 12, Bold: true));
        header.Right.Add(new HeaderLine(TwoColumnHeader.Motto, 13, Bold: true).WithRule());
        header.Right.Add(new HeaderLine(DateLine, 13, Italic: true) { SpaceBefore = 4 });
        return header;
    }

    private static PageText Render(TwoColumnHeader header) =>
        Assert.Single(PdfText.Pages(PdfRenderer.Render(PdfText.SingleSection(header))));

    private static IReadOnlyList<Word> LineOf(PageText page, string text)
    {
        var words = text.Split(' ');
        var line = page.Lines().FirstOrDefault(l => string.Join(' ', l.Select(w => w.Text)).Contains(text, StringComparison.Ordinal));
        Assert.True(line is not null, $"\"{text}\" is not on one line; lines: {string.Join(" | ", page.Lines().Select(l => string.Join(' ', l.Select(w => w.Text))))}");
        return [.. line.Where(w => words.Contains(w.Text))];
    }

    [Theory]
    [MemberData(nameof(Bodies))]
    public void National_title_motto_and_date_never_wrap(string body, bool factory)
    {
        Assert.InRange(Body60.Length, 60, 70);
        Assert.InRange(Body120.Length, 118, 125);
        var page = Render(Header(body, factory));

        var title = LineOf(page, TwoColumnHeader.NationalTitle);
        var motto = LineOf(page, TwoColumnHeader.Motto);
        LineOf(page, DateLine);
        // Every word of the left column ends before the right column starts.
        var boundary = new[] { title[0], motto[0] }.Min(w => w.BoundingBox.Left);
        var leftColumn = page.Words.Where(w => w.BoundingBox.Centroid.X < boundary).ToList();
        Assert.Contains(leftColumn, w => w.Text == "Số:");
        Assert.All(leftColumn, w => Assert.True(w.BoundingBox.Right < boundary, $"\"{w.Text}\" runs into the right column"));
        // Motto rule: as long as the motto, centred under it.
        var mottoLeft = motto[0].BoundingBox.Left;
        var mottoRight = motto[^1].BoundingBox.Right;
        Assert.Contains(page.HorizontalRules, r => Math.Abs(r.Left - mottoLeft) < 3 && Math.Abs(r.Right - mottoRight) < 3
            && r.Bottom < motto[0].BoundingBox.Bottom && r.Bottom > motto[0].BoundingBox.Bottom - 12);
    }

    [Theory]
    [MemberData(nameof(Bodies))]
    public void Long_unit_names_wrap_on_centred_lines_with_the_short_rule_under_the_last(string body, bool factory)
    {
        var page = Render(Header(body, factory));
        var boundary = LineOf(page, TwoColumnHeader.NationalTitle)[0].BoundingBox.Left;
        var lines = page.Lines(w => w.Letters[0].FontName!.Contains("Bold", StringComparison.Ordinal) && w.BoundingBox.Right < boundary);
        Assert.Equal(body, string.Join(' ', lines.SelectMany(l => l.Select(w => w.Text))));
        if (body.Length > 100)
        {
            Assert.True(lines.Count >= 3, $"a 120-character unit name should take several lines, got {lines.Count}");
        }

        var centres = lines.Select(l => (l[0].BoundingBox.Left + l[^1].BoundingBox.Right) / 2).ToList();
        Assert.True(centres.Max() - centres.Min() < 2, $"lines are not centred on one axis: {string.Join(", ", centres)}");

        var last = lines[^1];
        var (lastLeft, lastRight) = (last[0].BoundingBox.Left, last[^1].BoundingBox.Right);
        var lastWidth = lastRight - lastLeft;
        var rule = Assert.Single(page.HorizontalRules, r => r.Top < last[0].BoundingBox.Bottom && r.Top > last[0].BoundingBox.Bottom - 12 && r.Right < boundary);
        Assert.InRange(rule.Width, lastWidth / 3 - 1, lastWidth / 2 + 1);
        Assert.InRange((rule.Left + rule.Right) / 2, centres[^1] - 2, centres[^1] + 2);
    }

    [Theory]
    [InlineData("UBND PHƯỜNG NGUYỄN TRÃI")]
    [InlineData(Body60)]
    [InlineData(Body120)]
    public void The_number_stays_on_one_line_level_with_the_date(string body)
    {
        var page = Render(TwoColumnHeader.Decree30("UBND THÀNH PHỐ HẢI PHÒNG", body, "Số: 1234/BC-VHXH-UBND", DateLine));

        var number = LineOf(page, "Số: 1234/BC-VHXH-UBND");
        var date = LineOf(page, DateLine);
        Assert.Equal(PdfText.Baseline(number[0]), PdfText.Baseline(date[0]));
    }
}
