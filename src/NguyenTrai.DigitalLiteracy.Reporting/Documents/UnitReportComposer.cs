using NguyenTrai.DigitalLiteracy.Pdf;
using NguyenTrai.DigitalLiteracy.Reporting.Figures;
using static NguyenTrai.DigitalLiteracy.Reporting.Documents.ReportText;

namespace NguyenTrai.DigitalLiteracy.Reporting.Documents;

/// <summary>Who issues a unit's report: the unit under the commune's committee, signed by the unit's head.</summary>
public sealed record UnitReportIssuer(string CommitteeName, string Place, string ReviewingOffice, string UnitName, string ReportSymbol, string? HeadName, string? HeadPosition);

/// <summary>What a unit reported for a period, as the data to print: its figures (frozen once approved) and its entries.</summary>
public sealed record UnitReportData(
    UnitReportIssuer Issuer,
    string PeriodName,
    DateOnly From,
    DateOnly To,
    bool IsApproved,
    DateOnly DocumentDate,
    Totals Totals,
    IReadOnlyList<(DateOnly Date, string Title, string Channel, long Quantity)> Propaganda,
    IReadOnlyList<SessionRow> Sessions,
    IReadOnlyList<(DateOnly Date, string Title, string Kind, string Status)> Initiatives,
    IReadOnlyList<(DateOnly Date, string Plan, string Content, long? Reach)> Integrations,
    string? Highlights,
    string? Difficulties,
    string? Proposals);

/// <summary>
/// Data to document: one unit's report for a period in the Decree 30 layout. The number is left blank for the unit's
/// own văn thư ("Số:        /BC-HPN"); a report the office has not approved is a draft and says so on every page.
/// </summary>
public static class UnitReportComposer
{
    public static ReportDocument Compose(UnitReportData d)
    {
        var issuer = d.Issuer;
        var subject = $"Kết quả thực hiện phong trào \"Bình dân học vụ số\" {d.PeriodName.ToLower(Vietnamese)} (từ ngày {D(d.From)} đến ngày {D(d.To)})";
        var document = new ReportDocument
        {
            Info = DocumentParts.Info($"Báo cáo {d.PeriodName} - {issuer.UnitName}", subject, issuer.UnitName, d.DocumentDate),
            DraftMark = d.IsApproved ? null : DocumentParts.DraftMark,
        };
        var page = document.AddSection();
        page.Add(DocumentParts.Header(issuer.CommitteeName, issuer.UnitName, Letterhead.NumberFor(null, issuer.ReportSymbol), Letterhead.DateLine(issuer.Place, d.DocumentDate)));
        page.Add(Paragraph.Title("BÁO CÁO")).Add(Paragraph.Subtitle(subject));
        page.Add(Paragraph.Heading1("I. SỐ LIỆU TỔNG HỢP"));
        var t = d.Totals;
        page.Add(Paragraph.Body($"Tuyên truyền: {N(t.Propaganda)} hoạt động, {N(t.PropagandaQuantity)} lượt tin, bài, băng rôn, tiếp cận khoảng {N(t.PropagandaReach)} lượt người."));
        page.Add(Paragraph.Body($"Hướng dẫn, trải nghiệm kỹ năng số: {N(t.Sessions)} buổi, {N(t.Participants)} lượt người tham gia, trong đó {N(t.Women)} lượt nữ, {N(t.Aged60Plus)} lượt người từ 60 tuổi trở lên; {N(t.Accounts)} tài khoản tạo mới, {N(t.Completions)} lượt hoàn thành khóa học."));
        page.Add(Paragraph.Body($"Sáng kiến, cách làm hay: {N(t.Initiatives)}; hoạt động lồng ghép: {N(t.Integrations)}, tiếp cận khoảng {N(t.IntegrationReach)} lượt người."));
        page.Add(Paragraph.Heading1("II. DANH SÁCH HOẠT ĐỘNG"));
        page.Add(Paragraph.Heading2("1. Tuyên truyền"));
        page.Add(List(["Ngày", "Nội dung", "Hình thức", "Số lượng"], [4], [.. d.Propaganda.Select(p => new[] { D(p.Date), p.Title, p.Channel, N(p.Quantity) })]));
        page.Add(Paragraph.Heading2("2. Hướng dẫn, trải nghiệm kỹ năng số"));
        page.Add(List(["Ngày", "Nội dung", "Hình thức", "Lượt người", "Nữ", "Từ 60 tuổi"], [4, 5, 6],
            [.. d.Sessions.Select(s => new[] { D(s.Date), s.Title, s.Format, N(s.Participants), N(s.Women), N(s.Aged60Plus) })]));
        page.Add(Paragraph.Heading2("3. Sáng kiến, cách làm hay, mô hình hiệu quả"));
        page.Add(List(["Ngày", "Tên sáng kiến", "Loại", "Tình trạng"], [], [.. d.Initiatives.Select(i => new[] { D(i.Date), i.Title, i.Kind, i.Status })]));
        page.Add(Paragraph.Heading2("4. Lồng ghép nội dung học tập số"));
        page.Add(List(["Ngày", "Kế hoạch, cuộc vận động", "Nội dung lồng ghép", "Lượt tiếp cận"], [4],
            [.. d.Integrations.Select(i => new[] { D(i.Date), i.Plan, i.Content, i.Reach is { } r ? N(r) : "" })]));
        page.Add(Paragraph.Heading1("III. ĐÁNH GIÁ, KIẾN NGHỊ"));
        page.Add(Paragraph.Heading2("1. Kết quả nổi bật"));
        AddText(page, d.Highlights);
        page.Add(Paragraph.Heading2("2. Khó khăn, vướng mắc"));
        AddText(page, d.Difficulties);
        page.Add(Paragraph.Heading2("3. Đề xuất, kiến nghị"));
        AddText(page, d.Proposals);
        var position = string.IsNullOrWhiteSpace(issuer.HeadPosition) ? "Thủ trưởng đơn vị" : issuer.HeadPosition;
        page.Add(DocumentParts.Closing($"- {issuer.ReviewingOffice} (để tổng hợp);\n- Lưu: VT.", [position.ToUpper(Vietnamese)], issuer.HeadName ?? ""));
        return document;
    }

    /// <summary>A numbered list whose column widths come from the content: STT, dates and numbers never break; a sentence when empty.</summary>
    private static Block List(string[] headers, int[] numericColumns, IReadOnlyList<string[]> rows)
    {
        if (rows.Count == 0)
        {
            return Paragraph.Body("Không có hoạt động trong kỳ.");
        }

        var table = Table.Auto(headers.Length + 1);
        table.FontSize = 11;
        table.ColumnAlignments[0] = TextAlignment.Center;
        table.ColumnAlignments[1] = TextAlignment.Center;
        foreach (var column in numericColumns)
        {
            table.ColumnAlignments[column] = TextAlignment.Right;
        }

        table.AddHeaderRow([new TableCell("STT"), .. headers.Select(h => new TableCell(h))]);
        var i = 0;
        foreach (var row in rows)
        {
            table.AddRow([new TableCell(N(++i)), .. row.Select(c => new TableCell(c))]);
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
