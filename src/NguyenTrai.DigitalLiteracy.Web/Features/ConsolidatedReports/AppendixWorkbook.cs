using MiniExcelLibs;

namespace NguyenTrai.DigitalLiteracy.Web.Features.ConsolidatedReports;

/// <summary>The appendix tables as .xlsx, one sheet per table, numbers as numbers.</summary>
public static class AppendixWorkbook
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static byte[] Create(ReportFigures f)
    {
        var sheets = new Dictionary<string, object>
        {
            ["Tuyên truyền"] = f.Propaganda.Select(p => Row(("Hình thức", p.Channel), ("Số hoạt động", p.Activities), ("Số lượng", p.Quantity), ("Lượt tiếp cận", p.Reach))),
            ["Hướng dẫn theo đơn vị"] = f.TrainingByUnit.Append(f.TrainingTotal).Select(t => Row(("Đơn vị", t.Unit), ("Số buổi", t.Sessions), ("Lượt người", t.Participants),
                ("Nữ", t.Women), ("Từ 60 tuổi", t.Aged60Plus), ("Tài khoản tạo mới", t.AccountsCreated), ("Hoàn thành", t.Completions))),
            ["Tình hình báo cáo"] = f.Compliance.Select(c => Row(("Đơn vị", c.Unit), ("Số kỳ phải báo cáo", c.Expected), ("Đã phê duyệt", c.Approved), ("Chờ duyệt, trả lại", c.Pending), ("Chưa gửi", c.Missing))),
            ["Sáng kiến"] = f.SelectedInitiatives.Select(r => Row(("Tên", r.Title), ("Loại", r.Kind), ("Đơn vị", r.Unit), ("Người đề xuất", r.Proposer), ("Nội dung", r.Content), ("Kết quả", r.Result))),
            ["Lồng ghép"] = f.Integrations.Select(r => Row(("Ngày", r.Date.ToString("dd/MM/yyyy", ReportText.Vietnamese)), ("Đơn vị", r.Unit), ("Kế hoạch", r.Plan), ("Cơ quan tổ chức", r.OrganisingBody), ("Nội dung", r.Content), ("Lượt tiếp cận", r.Reach))),
        };
        using var stream = new MemoryStream();
        stream.SaveAs(sheets);
        return stream.ToArray();
    }

    private static Dictionary<string, object?> Row(params (string Column, object? Value)[] cells) =>
        cells.ToDictionary(c => c.Column, c => c.Value);
}
