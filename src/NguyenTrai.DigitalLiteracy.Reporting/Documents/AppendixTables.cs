using NguyenTrai.DigitalLiteracy.Domain.Common;
using NguyenTrai.DigitalLiteracy.Pdf;
using static NguyenTrai.DigitalLiteracy.Reporting.Documents.ReportText;

namespace NguyenTrai.DigitalLiteracy.Reporting.Documents;

/// <summary>The appendix tables; header rows repeat on every page, totals are computed from the rows shown.</summary>
public static class AppendixTables
{
    public static Table Propaganda(ReportFigures f)
    {
        var table = Numeric(new Table(0.7, 3.4, 1.2, 1.4, 1.5), 2);
        table.AddHeaderRow("STT", "Hình thức", "Số hoạt động", "Số lượng (tin, bài, băng rôn)", "Lượt tiếp cận");
        var i = 0;
        foreach (var p in f.Propaganda)
        {
            table.AddRow(Stt(++i), p.Channel, N(p.Activities), N(p.Quantity), N(p.Reach));
        }

        return Total(table, f.Propaganda.Count, N(f.Totals.Propaganda), N(f.Totals.PropagandaQuantity), N(f.Totals.PropagandaReach));
    }

    /// <summary>The note under the platform and target-group tables (the ward's letter counts sessions per platform).</summary>
    public const string CountedOncePerRow = "Ghi chú: một buổi hướng dẫn nhiều nền tảng (hoặc nhiều đối tượng) được tính ở mỗi dòng tương ứng; dòng tổng cộng tính mỗi buổi một lần.";

    public static Table Modes(ReportFigures f)
    {
        var table = Numeric(new Table(0.7, 2.4, 1.4, 1.4, 1.5, 1.3, 1.4), 2);
        table.FontSize = 11;
        table.AddHeaderRow("STT", "Hình thức", "Hoạt động tuyên truyền", "Lượt tin, bài, băng rôn", "Lượt tiếp cận", "Buổi hướng dẫn", "Lượt người tham gia");
        var i = 0;
        foreach (var mode in f.PropagandaByMode)
        {
            var training = f.TrainingByMode.FirstOrDefault(t => t.Mode == mode.Mode);
            table.AddRow(Stt(++i), mode.Mode.Text(), N(mode.Count), N(mode.Quantity), N(mode.Reach), N(training?.Sessions ?? 0), N(training?.Participants ?? 0));
        }

        var t = f.Totals;
        return Total(table, i, N(t.Propaganda), N(t.PropagandaQuantity), N(t.PropagandaReach), N(t.Sessions), N(t.Participants));
    }

    public static Table Platforms(ReportFigures f)
    {
        var table = Numeric(new Table(0.7, 3.2, 1.1, 1.3, 1.4, 1.3), 2);
        table.FontSize = 11;
        table.AddHeaderRow("STT", "Nền tảng, nội dung hướng dẫn", "Số buổi", "Lượt người", "Tài khoản tạo mới", "Hoàn thành");
        var i = 0;
        foreach (var p in f.TrainingByPlatform)
        {
            table.AddRow(Stt(++i), p.Platform.Text(), N(p.Sessions), N(p.Participants), N(p.Accounts), N(p.Completions));
        }

        var t = f.Totals;
        return Total(table, i, N(t.Sessions), N(t.Participants), N(t.Accounts), N(t.Completions));
    }

    public static Table TargetGroups(ReportFigures f)
    {
        var table = Numeric(new Table(0.7, 3.6, 1.3, 1.5), 2);
        table.FontSize = 11;
        table.AddHeaderRow("STT", "Đối tượng", "Số buổi", "Lượt người");
        var i = 0;
        foreach (var g in f.TrainingByGroup)
        {
            table.AddRow(Stt(++i), g.Group.Text(), N(g.Sessions), N(g.Participants));
        }

        return Total(table, i, N(f.Totals.Sessions), N(f.Totals.Participants));
    }

    public static Table Places(ReportFigures f)
    {
        var table = Numeric(new Table(0.7, 6, 2, 2), 2);
        table.FontSize = 11;
        table.AddHeaderRow("STT", "Địa điểm", "Hoạt động tuyên truyền", "Buổi hướng dẫn");
        var i = 0;
        foreach (var p in f.Places)
        {
            table.AddRow(Stt(++i), p.Place, N(p.Propaganda), N(p.Sessions));
        }

        return Empty(table, f.Places.Count);
    }

    public static Table Training(ReportFigures f)
    {
        var table = Numeric(new Table(0.7, 3.2, 0.9, 1.1, 0.9, 0.9, 1.1, 1.1), 2);
        table.FontSize = 11;
        table.AddHeaderRow("STT", "Đơn vị", "Số buổi", "Lượt người", "Nữ", "Từ 60 tuổi", "Tài khoản tạo mới", "Hoàn thành");
        var i = 0;
        foreach (var t in f.TrainingByUnit)
        {
            table.AddRow(Stt(++i), t.Unit, N(t.Sessions), N(t.Participants), N(t.Women), N(t.Aged60Plus), N(t.AccountsCreated), N(t.Completions));
        }

        var s = f.TrainingTotal;
        return Total(table, f.TrainingByUnit.Count, N(s.Sessions), N(s.Participants), N(s.Women), N(s.Aged60Plus), N(s.AccountsCreated), N(s.Completions));
    }

    public static Table Compliance(ReportFigures f)
    {
        var table = Numeric(new Table(0.6, 3.1, 1, 1, 1, 1, 1, 1, 1), 2);
        table.FontSize = 10;
        table.AddHeaderRow("STT", "Đơn vị", "Số báo cáo phải gửi", "Chưa đến hạn", "Đã phê duyệt", "Chờ duyệt, trả lại", "Đến hạn chưa gửi", "Gửi đúng hạn", "Gửi muộn");
        var i = 0;
        foreach (var c in f.Compliance)
        {
            table.AddRow(Stt(++i), c.Unit, N(c.Expected), N(c.NotDue), N(c.Approved), N(c.Pending), N(c.NotSent), N(c.OnTime), N(c.Late));
        }

        var t = f.ComplianceTotal;
        return Total(table, f.Compliance.Count, N(t.Expected), N(t.NotDue), N(t.Approved), N(t.AwaitingReview + t.Returned), N(t.NotSent), N(t.OnTime), N(t.Late));
    }

    public static Table Initiatives(IReadOnlyList<InitiativeRow> rows)
    {
        var table = new Table(0.7, 2.6, 2.2, 4.2, 3);
        table.FontSize = 11;
        table.ColumnAlignments[0] = TextAlignment.Center;
        table.AddHeaderRow("STT", "Tên sáng kiến, cách làm hay", "Đơn vị, người đề xuất", "Nội dung", "Kết quả");
        var i = 0;
        foreach (var r in rows)
        {
            table.AddRow(Stt(++i), $"{r.Title} ({r.Kind})", r.UnitAndProposer, r.Content, r.Result);
        }

        return Empty(table, rows.Count);
    }

    public static Table Integrations(ReportFigures f)
    {
        var table = new Table(0.7, 1.5, 2, 2.6, 2, 3.6, 1.1);
        table.FontSize = 11;
        table.ColumnAlignments[0] = TextAlignment.Center;
        table.ColumnAlignments[1] = TextAlignment.Center;
        table.ColumnAlignments[6] = TextAlignment.Right;
        table.AddHeaderRow("STT", "Ngày", "Đơn vị", "Kế hoạch, cuộc vận động", "Cơ quan tổ chức", "Nội dung lồng ghép", "Lượt tiếp cận");
        var i = 0;
        foreach (var r in f.Integrations)
        {
            table.AddRow(Stt(++i), D(r.Date), r.Unit, r.Plan, r.OrganisingBody, r.Content, r.Reach is { } n ? N(n) : "");
        }

        return Empty(table, f.Integrations.Count);
    }

    public static Table Sessions(ReportFigures f)
    {
        var table = Numeric(new Table(0.7, 1.4, 2.6, 5, 1.6, 1, 0.8, 1), 5);
        table.FontSize = 10;
        table.ColumnAlignments[1] = TextAlignment.Center;
        table.AddHeaderRow("STT", "Ngày", "Đơn vị", "Nội dung", "Hình thức", "Lượt người", "Nữ", "Từ 60 tuổi");
        var i = 0;
        foreach (var s in f.Sessions)
        {
            table.AddRow(Stt(++i), D(s.Date), s.Unit, s.Title, s.Format, N(s.Participants), N(s.Women), N(s.Aged60Plus));
        }

        return Empty(table, f.Sessions.Count);
    }

    private static Table Numeric(Table table, int firstNumericColumn)
    {
        table.ColumnAlignments[0] = TextAlignment.Center;
        for (var c = firstNumericColumn; c < table.ColumnWidths.Count; c++)
        {
            table.ColumnAlignments[c] = TextAlignment.Right;
        }

        return table;
    }

    private static Table Total(Table table, int rows, params string[] totals)
    {
        Empty(table, rows);
        table.AddTotalRow([new TableCell("Tổng cộng") { ColumnSpan = 2, Alignment = TextAlignment.Center }, .. totals.Select(t => new TableCell(t))]);
        return table;
    }

    private static Table Empty(Table table, int rows)
    {
        if (rows == 0)
        {
            table.AddRow(new TableCell("Không có số liệu trong kỳ báo cáo.") { ColumnSpan = table.ColumnWidths.Count, Alignment = TextAlignment.Center, Italic = true });
        }

        return table;
    }

    private static TableCell Stt(int i) => new(N(i));
}
