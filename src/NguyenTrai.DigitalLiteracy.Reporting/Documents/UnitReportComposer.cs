using NguyenTrai.DigitalLiteracy.Pdf;
using NguyenTrai.DigitalLiteracy.Reporting.Figures;
using static NguyenTrai.DigitalLiteracy.Reporting.Documents.ReportText;

namespace NguyenTrai.DigitalLiteracy.Reporting.Documents;

/// <summary>What a unit reported for a period, as the data to print: its figures (frozen once approved) and its entries.</summary>
public sealed record UnitReportData(
    string UnitName,
    string PeriodName,
    DateOnly From,
    DateOnly To,
    string Status,
    DateOnly DocumentDate,
    Totals Totals,
    IReadOnlyList<(DateOnly Date, string Title, string Channel, long Quantity)> Propaganda,
    IReadOnlyList<SessionRow> Sessions,
    IReadOnlyList<(DateOnly Date, string Title, string Status)> Initiatives,
    IReadOnlyList<(DateOnly Date, string Plan, string Content)> Integrations,
    string? Highlights,
    string? Difficulties,
    string? Proposals);

/// <summary>Data to document: one unit's report for a period in the Decree 30 layout.</summary>
public static class UnitReportComposer
{
    public static ReportDocument Compose(UnitReportData d)
    {
        var document = new ReportDocument
        {
            Info = new DocumentInfo { Title = $"Báo cáo {d.PeriodName} - {d.UnitName}", Author = d.UnitName, CreatedAt = new DateTimeOffset(d.DocumentDate.ToDateTime(TimeOnly.MinValue), TimeSpan.FromHours(7)) },
        };
        var page = document.AddSection();
        page.Add(DocumentParts.Header("UBND PHƯỜNG NGUYỄN TRÃI", d.UnitName.ToUpper(Vietnamese), $"Trạng thái: {d.Status}", Letterhead.DateLine(d.DocumentDate)));
        page.Add(Paragraph.Title("BÁO CÁO")).Add(Paragraph.Subtitle($"Kết quả thực hiện phong trào \"Bình dân học vụ số\" {d.PeriodName.ToLower(Vietnamese)} (từ ngày {D(d.From)} đến ngày {D(d.To)})"));
        page.Add(Paragraph.Heading1("I. SỐ LIỆU TỔNG HỢP"));
        var t = d.Totals;
        page.Add(Paragraph.Body($"Tuyên truyền: {N(t.Propaganda)} hoạt động, {N(t.PropagandaQuantity)} lượt tin, bài, băng rôn, tiếp cận khoảng {N(t.PropagandaReach)} lượt người."));
        page.Add(Paragraph.Body($"Hướng dẫn, trải nghiệm kỹ năng số: {N(t.Sessions)} buổi, {N(t.Participants)} lượt người tham gia, trong đó {N(t.Women)} lượt nữ, {N(t.Aged60Plus)} lượt người từ 60 tuổi trở lên; {N(t.Accounts)} tài khoản tạo mới, {N(t.Completions)} lượt hoàn thành khóa học."));
        page.Add(Paragraph.Body($"Sáng kiến, cách làm hay: {N(t.Initiatives)}; hoạt động lồng ghép: {N(t.Integrations)}, tiếp cận khoảng {N(t.IntegrationReach)} lượt người."));
        page.Add(Paragraph.Heading1("II. DANH SÁCH HOẠT ĐỘNG"));
        page.Add(Paragraph.Heading2("1. Tuyên truyền"));
        page.Add(List(["Ngày", "Nội dung", "Hình thức", "Số lượng"], d.Propaganda.Select(p => new[] { D(p.Date), p.Title, p.Channel, N(p.Quantity) })));
        page.Add(Paragraph.Heading2("2. Hướng dẫn, trải nghiệm kỹ năng số"));
        page.Add(List(["Ngày", "Nội dung", "Hình thức", "Lượt người"], d.Sessions.Select(s => new[] { D(s.Date), s.Title, s.Format, N(s.Participants) })));
        page.Add(Paragraph.Heading2("3. Sáng kiến và lồng ghép"));
        page.Add(List(["Ngày", "Nội dung", "Loại", "Tình trạng"],
            d.Initiatives.Select(i => new[] { D(i.Date), i.Title, "Sáng kiến", i.Status }).Concat(d.Integrations.Select(i => new[] { D(i.Date), i.Content, "Lồng ghép", i.Plan }))));
        page.Add(Paragraph.Heading1("III. ĐÁNH GIÁ, KIẾN NGHỊ"));
        page.Add(Paragraph.Heading2("1. Kết quả nổi bật"));
        AddText(page, d.Highlights);
        page.Add(Paragraph.Heading2("2. Khó khăn, vướng mắc"));
        AddText(page, d.Difficulties);
        page.Add(Paragraph.Heading2("3. Đề xuất, kiến nghị"));
        AddText(page, d.Proposals);
        page.Add(DocumentParts.Closing("- Phòng Văn hóa - Xã hội (để tổng hợp);\n- Lưu: đơn vị.", ["THỦ TRƯỞNG ĐƠN VỊ"], ""));
        return document;
    }

    private static Table List(string[] headers, IEnumerable<string[]> rows)
    {
        var table = new Table(0.5, 1.1, 4.2, 2.2, 1.2) { FontSize = 11 };
        table.ColumnAlignments[0] = TextAlignment.Center;
        table.ColumnAlignments[1] = TextAlignment.Center;
        table.ColumnAlignments[4] = TextAlignment.Right;
        table.AddHeaderRow([new TableCell("STT"), .. headers.Select(h => new TableCell(h))]);
        var i = 0;
        foreach (var row in rows)
        {
            table.AddRow([new TableCell(N(++i)), .. row.Select(c => new TableCell(c))]);
        }

        if (i == 0)
        {
            table.AddRow(new TableCell("Không có hoạt động.") { ColumnSpan = 5, Alignment = TextAlignment.Center, Italic = true });
        }

        return table;
    }

    private static void AddText(Section page, string? text)
    {
        var blocks = ToBlocks(text).ToList();
        foreach (var block in blocks.Count > 0 ? blocks : [Paragraph.Body("Không có.")])
        {
            page.Add(block);
        }
    }
}
