using MiniExcelLibs;
using NguyenTrai.DigitalLiteracy.Domain.Common;
using NguyenTrai.DigitalLiteracy.Reporting.Figures;

namespace NguyenTrai.DigitalLiteracy.Web.Features.Dashboard;

/// <summary>Every dashboard table as a sheet of one .xlsx, with the figures the page shows.</summary>
public static class DashboardExport
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static byte[] ToXlsx(DashboardPage page)
    {
        var d = page.Data;
        var sheets = new Dictionary<string, object>
        {
            ["Tổng hợp"] = KeyFigure.Of(d.Totals, page.Links).Select(k => Row(("Chỉ số", k.Label), ("Giá trị", k.Value))).ToList(),
            ["Tuyên truyền"] = d.Channels.Select(c => Row(("Hình thức", c.Channel.Text()), ("Số hoạt động", c.Count), ("Số lượng", c.Quantity), ("Lượt tiếp cận", c.Reach))).ToList(),
            ["Trực tuyến, trực tiếp"] = d.Window.PropagandaModes.Select(m => Row(("Hình thức", m.Mode.Text()), ("Tuyên truyền", m.Count), ("Lượt tin, bài", m.Quantity), ("Lượt tiếp cận", m.Reach),
                ("Buổi hướng dẫn", d.Window.TrainingModes.First(t => t.Mode == m.Mode).Sessions), ("Lượt người", d.Window.TrainingModes.First(t => t.Mode == m.Mode).Participants))).ToList(),
            ["Nền tảng"] = d.Window.Platforms.Select(p => Row(("Nền tảng", p.Platform.Text()), ("Số buổi", p.Sessions), ("Lượt người", p.Participants), ("Tài khoản", p.Accounts), ("Hoàn thành", p.Completions))).ToList(),
            ["Đối tượng"] = d.Window.TargetGroups.Select(g => Row(("Đối tượng", g.Group.Text()), ("Số buổi", g.Sessions), ("Lượt người", g.Participants))).ToList(),
            ["Sáng kiến"] = d.Statuses.Select(s => Row(("Trạng thái", s.Status.Text()), ("Số sáng kiến", s.Count))).ToList(),
            ["Đơn vị"] = d.Units.Select(u => FigureRow(("Đơn vị", u.UnitName), u.Figures)).ToList(),
            ["Theo tháng"] = d.Months.Select(m => FigureRow(("Tháng", m.Label), m.Figures)).ToList(),
            ["Nộp báo cáo"] = new List<Dictionary<string, object>>
            {
                Row(("Phải gửi", d.Compliance.Expected), ("Chưa đến hạn", d.Compliance.NotDue), ("Đã đến hạn", d.Compliance.Due), ("Đã gửi", d.Compliance.Sent),
                    ("Gửi đúng hạn", d.Compliance.OnTime), ("Gửi muộn", d.Compliance.Late), ("Đã phê duyệt", d.Compliance.Approved),
                    ("Chờ duyệt", d.Compliance.AwaitingReview), ("Bị trả lại", d.Compliance.Returned), ("Đến hạn chưa gửi", d.Compliance.NotSent)),
            },
            ["Chỉ tiêu"] = d.Targets.Select(t => Row(("Chỉ tiêu", t.Metric.Text()), ("Kế hoạch", t.Value), ("Thực hiện", t.Actual), ("Tỷ lệ (%)", (object?)t.Percent ?? ""))).ToList(),
        };
        using var stream = new MemoryStream();
        stream.SaveAs(sheets, excelType: ExcelType.XLSX);
        return stream.ToArray();
    }

    private static Dictionary<string, object> FigureRow((string, object) first, Totals f) => Row(
        first,
        ("Tuyên truyền", f.Propaganda),
        ("Lượt tiếp cận", f.PropagandaReach),
        ("Lớp học, buổi hướng dẫn", f.Sessions),
        ("Lượt người tham gia", f.Participants),
        ("Lượt nữ", f.Women),
        ("Lượt từ 60 tuổi", f.Aged60Plus),
        ("Lượt từ 18 tuổi", f.Adults),
        ("Lượt chưa rõ độ tuổi", f.AdultsUnknown),
        ("Tài khoản tạo mới", f.Accounts),
        ("Lượt hoàn thành khóa học", f.Completions),
        ("Sáng kiến", f.Initiatives),
        ("Lồng ghép", f.Integrations));

    private static Dictionary<string, object> Row(params (string Name, object Value)[] cells) =>
        cells.ToDictionary(c => c.Name, c => c.Value);
}
