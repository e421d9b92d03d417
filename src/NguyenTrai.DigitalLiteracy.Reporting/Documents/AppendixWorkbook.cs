using MiniExcelLibs;
using NguyenTrai.DigitalLiteracy.Domain.Common;
using static NguyenTrai.DigitalLiteracy.Reporting.Documents.ReportText;

namespace NguyenTrai.DigitalLiteracy.Reporting.Documents;

/// <summary>What heads every sheet: the issuing body, the report's number and date (or "Dự thảo"), the window.</summary>
public sealed record WorkbookHeading(string IssuingBody, string ReportLine, DateOnly WindowStart, DateOnly WindowEnd);

/// <summary>
/// The appendix as .xlsx, built from the same figures as the PDF: one sheet per Biểu, each with the issuer, the report
/// number and window, a header row, STT, numbers as numbers and a total row. Issued versions store the bytes.
/// </summary>
public static class AppendixWorkbook
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private const string Total = "Tổng cộng";

    public static byte[] Create(ReportFigures f, WorkbookHeading heading)
    {
        var t = f.Totals;
        var c = f.ComplianceTotal;
        var sheets = new Dictionary<string, object>
        {
            ["B1 Tuyên truyền"] = Sheet(heading, f, "Biểu 1. Kết quả tuyên truyền theo hình thức", ["Hình thức", "Số hoạt động", "Số lượng (tin, bài, băng rôn)", "Lượt tiếp cận"],
                f.Propaganda.Select(p => Row(p.Channel, p.Activities, p.Quantity, p.Reach)), Row(Total, t.Propaganda, t.PropagandaQuantity, t.PropagandaReach)),
            ["B2 Trực tuyến, trực tiếp"] = Sheet(heading, f, "Biểu 2. Tuyên truyền, hướng dẫn trực tuyến và trực tiếp",
                ["Hình thức", "Hoạt động tuyên truyền", "Lượt tin, bài, băng rôn", "Lượt tiếp cận", "Buổi hướng dẫn", "Lượt người tham gia"],
                f.PropagandaByMode.Select(m => (Mode: m, Training: f.TrainingByMode.FirstOrDefault(x => x.Mode == m.Mode)))
                    .Select(m => Row(m.Mode.Mode.Text(), m.Mode.Count, m.Mode.Quantity, m.Mode.Reach, m.Training?.Sessions ?? 0, m.Training?.Participants ?? 0)),
                Row(Total, t.Propaganda, t.PropagandaQuantity, t.PropagandaReach, t.Sessions, t.Participants)),
            ["B3 Hướng dẫn theo đơn vị"] = Sheet(heading, f, "Biểu 3. Kết quả hướng dẫn, trải nghiệm kỹ năng số theo đơn vị",
                ["Đơn vị", "Số buổi", "Lượt người", "Nữ", "Từ 60 tuổi", "Tài khoản tạo mới", "Hoàn thành"],
                f.TrainingByUnit.Select(u => Row(u.Unit, u.Sessions, u.Participants, u.Women, u.Aged60Plus, u.AccountsCreated, u.Completions)),
                Row(Total, t.Sessions, t.Participants, t.Women, t.Aged60Plus, t.Accounts, t.Completions)),
            ["B4 Nền tảng"] = Sheet(heading, f, "Biểu 4. Hướng dẫn theo nền tảng số (" + AppendixTables.CountedOncePerRow + ")",
                ["Nền tảng, nội dung hướng dẫn", "Số buổi", "Lượt người", "Tài khoản tạo mới", "Hoàn thành"],
                f.TrainingByPlatform.Select(p => Row(p.Platform.Text(), p.Sessions, p.Participants, p.Accounts, p.Completions)),
                Row(Total, t.Sessions, t.Participants, t.Accounts, t.Completions)),
            ["B5 Đối tượng"] = Sheet(heading, f, "Biểu 5. Hướng dẫn theo đối tượng (" + AppendixTables.CountedOncePerRow + ")",
                ["Đối tượng", "Số buổi", "Lượt người"],
                f.TrainingByGroup.Select(g => Row(g.Group.Text(), g.Sessions, g.Participants)), Row(Total, t.Sessions, t.Participants)),
            ["B6 Tình hình báo cáo"] = Sheet(heading, f, "Biểu 6. Tình hình báo cáo của các đơn vị",
                ["Đơn vị", "Số báo cáo phải gửi", "Chưa đến hạn", "Đã phê duyệt", "Chờ duyệt, trả lại", "Đến hạn chưa gửi", "Gửi đúng hạn", "Gửi muộn"],
                f.Compliance.Select(r => Row(r.Unit, r.Expected, r.NotDue, r.Approved, r.Pending, r.NotSent, r.OnTime, r.Late)),
                Row(Total, c.Expected, c.NotDue, c.Approved, c.AwaitingReview + c.Returned, c.NotSent, c.OnTime, c.Late)),
            ["B7 Sáng kiến"] = Sheet(heading, f, "Biểu 7. Sáng kiến, cách làm hay được lựa chọn báo cáo cấp trên",
                ["Tên sáng kiến, cách làm hay", "Loại", "Đơn vị, người đề xuất", "Nội dung", "Kết quả"],
                f.SelectedInitiatives.Select(r => Row(r.Title, r.Kind, r.UnitAndProposer, r.Content, r.Result)), Row(Total, f.SelectedInitiatives.Count)),
            ["B8 Lồng ghép"] = Sheet(heading, f, "Biểu 8. Lồng ghép nội dung học tập số",
                ["Ngày", "Đơn vị", "Kế hoạch, cuộc vận động", "Cơ quan tổ chức", "Nội dung lồng ghép", "Lượt tiếp cận"],
                f.Integrations.Select(r => Row(D(r.Date), r.Unit, r.Plan, r.OrganisingBody, r.Content, r.Reach)),
                Row(Total, "", "", "", $"{f.Integrations.Count} hoạt động", t.IntegrationReach)),
            ["B9 Địa điểm"] = Sheet(heading, f, "Biểu 9. Địa điểm tổ chức tuyên truyền, hướng dẫn", ["Địa điểm", "Hoạt động tuyên truyền", "Buổi hướng dẫn"],
                f.Places.Select(p => Row(p.Place, p.Propaganda, p.Sessions)), Row(Total, f.Places.Sum(p => p.Propaganda), f.Places.Sum(p => p.Sessions))),
        };
        using var stream = new MemoryStream();
        stream.SaveAs(sheets, printHeader: false);
        return stream.ToArray();
    }

    /// <summary>Heading lines, a blank line, the header row with STT, the rows numbered, the total row.</summary>
    private static List<Dictionary<string, object?>> Sheet(WorkbookHeading h, ReportFigures f, string caption, string[] headers, IEnumerable<object?[]> rows, object?[] total)
    {
        var lines = new List<object?[]>
        {
            Row(h.IssuingBody),
            Row(caption),
            Row(h.ReportLine),
            Row($"Thời gian: từ ngày {D(h.WindowStart)} đến ngày {D(h.WindowEnd)}" + (f.Movements.Count > 0 ? $"; chỉ tính hoạt động gắn với {string.Join("; ", f.Movements)}" : "")),
            Row(),
            new object?[] { "STT" }.Concat(headers).ToArray(),
        };
        var n = 0;
        foreach (var row in rows)
        {
            lines.Add([++n, .. row]);
        }

        lines.Add(["", .. total]);
        var width = lines.Max(l => l.Length); // MiniExcel takes the columns from the first row: every row gets them all
        return [.. lines.Select(l => Cells(l, width))];
    }

    private static object?[] Row(params object?[] cells) => cells;

    /// <summary>Keys are column letters, so every sheet keeps its heading above its own header row.</summary>
    private static Dictionary<string, object?> Cells(object?[] row, int width) =>
        Enumerable.Range(0, width).ToDictionary(i => ((char)('A' + i)).ToString(), i => i < row.Length ? row[i] : null);
}
