using MiniExcelLibs;

namespace NguyenTrai.DigitalLiteracy.Reporting.Documents;

/// <summary>The appendix tables as .xlsx, one sheet per Biểu, numbers as numbers; built from the same figures as the PDF.</summary>
public static class AppendixWorkbook
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static byte[] Create(ReportFigures f)
    {
        var t = f.Totals;
        var c = f.ComplianceTotal;
        var sheets = new Dictionary<string, object>
        {
            ["Tuyên truyền"] = f.Propaganda.Select(p => Row(("Hình thức", p.Channel), ("Số hoạt động", p.Activities), ("Số lượng", p.Quantity), ("Lượt tiếp cận", p.Reach)))
                .Append(Row(("Hình thức", "Tổng cộng"), ("Số hoạt động", t.Propaganda), ("Số lượng", t.PropagandaQuantity), ("Lượt tiếp cận", t.PropagandaReach))),
            ["Hướng dẫn theo đơn vị"] = f.TrainingByUnit.Append(f.TrainingTotal).Select(u => Row(("Đơn vị", u.Unit), ("Số buổi", u.Sessions), ("Lượt người", u.Participants),
                ("Nữ", u.Women), ("Từ 60 tuổi", u.Aged60Plus), ("Tài khoản tạo mới", u.AccountsCreated), ("Hoàn thành", u.Completions))),
            ["Tình hình báo cáo"] = f.Compliance.Select(r => ComplianceRow(r.Unit, r.Expected, r.NotDue, r.Approved, r.Pending, r.NotSent, r.OnTime, r.Late))
                .Append(ComplianceRow("Tổng cộng", c.Expected, c.NotDue, c.Approved, c.AwaitingReview + c.Returned, c.NotSent, c.OnTime, c.Late)),
            ["Sáng kiến"] = f.SelectedInitiatives.Select(r => Row(("Tên", r.Title), ("Loại", r.Kind), ("Đơn vị, người đề xuất", r.UnitAndProposer), ("Nội dung", r.Content), ("Kết quả", r.Result))),
            ["Lồng ghép"] = f.Integrations.Select(r => Row(("Ngày", r.Date.ToString("dd/MM/yyyy", ReportText.Vietnamese)), ("Đơn vị", r.Unit), ("Kế hoạch", r.Plan), ("Cơ quan tổ chức", r.OrganisingBody), ("Nội dung", r.Content), ("Lượt tiếp cận", r.Reach))),
        };
        using var stream = new MemoryStream();
        stream.SaveAs(sheets);
        return stream.ToArray();
    }

    private static Dictionary<string, object?> ComplianceRow(string unit, int expected, int notDue, int approved, int pending, int notSent, int onTime, int late) =>
        Row(("Đơn vị", unit), ("Số báo cáo phải gửi", expected), ("Chưa đến hạn", notDue), ("Đã phê duyệt", approved), ("Chờ duyệt, trả lại", pending),
            ("Đến hạn chưa gửi", notSent), ("Gửi đúng hạn", onTime), ("Gửi muộn", late));

    private static Dictionary<string, object?> Row(params (string Column, object? Value)[] cells) =>
        cells.ToDictionary(c => c.Column, c => c.Value);
}
