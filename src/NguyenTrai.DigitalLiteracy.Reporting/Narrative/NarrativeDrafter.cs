using System.Text;
using NguyenTrai.DigitalLiteracy.Domain.Common;
using NguyenTrai.DigitalLiteracy.Reporting.Documents;
using static NguyenTrai.DigitalLiteracy.Reporting.Documents.ReportText;

namespace NguyenTrai.DigitalLiteracy.Reporting.Narrative;

/// <summary>The sentences of each part that come from the figures, generated at every preview and at issue.</summary>
public sealed record GeneratedSections(string Direction, string Results, string Strengths, string Limitations, string Proposals);

/// <summary>
/// Writes the sentences that carry figures from the report's figures object, so the text can never contradict its
/// appendix: counts, on-time and late reports, what units did by kind of work and channel, and the difficulties
/// and proposals units stated in their approved reports (grouped, each once with the units that raised it).
/// </summary>
public static class NarrativeDrafter
{
    public static GeneratedSections Generate(ReportFigures f, Letterhead letterhead) =>
        new(Direction(f, letterhead), Results(f, letterhead), Strengths(f), Limitations(f), Proposals(f));

    /// <summary>The office's starting text for the parts that have no figures (IV and V).</summary>
    public static DraftSections DefaultClerkText() => DraftSections.Empty with
    {
        NextTasks = "Tiếp tục đẩy mạnh tuyên truyền về phong trào \"Bình dân học vụ số\" trên hệ thống truyền thanh, các nhóm Zalo và trang thông tin điện tử.\n\n"
            + "Duy trì các lớp hướng dẫn kỹ năng số tại nhà văn hóa, ưu tiên người cao tuổi, phụ nữ và hộ kinh doanh; hướng dẫn người dân tạo tài khoản và hoàn thành khóa học trên nền tảng binhdanhocvuso.gov.vn.\n\n"
            + "Tiếp tục phát hiện, lựa chọn sáng kiến, cách làm hay để nhân rộng; các đơn vị báo cáo đầy đủ, đúng thời hạn.",
        Proposals = "Đề nghị cấp trên quan tâm hỗ trợ tài liệu, thiết bị phục vụ hướng dẫn kỹ năng số cho người dân.",
    };

    private static string Direction(ReportFigures f, Letterhead letterhead)
    {
        var c = f.ComplianceTotal;
        var text = new StringBuilder(letterhead.DirectingLetter).Append("\n\n");
        if (f.Movements.Count > 0)
        {
            text.Append($"Báo cáo này tổng hợp các hoạt động gắn với {Quoted(f.Movements)}.\n\n");
        }

        text.Append($"Trong kỳ báo cáo (từ ngày {D(f.WindowStart)} đến ngày {D(f.WindowEnd)}), có {N(f.Compliance.Count)} đơn vị thuộc diện báo cáo với {N(c.Expected)} lượt báo cáo tháng");
        if (c.Due == 0)
        {
            text.Append(", chưa có báo cáo nào đến hạn nộp.");
        }
        else
        {
            text.Append($"; {N(c.Due)} lượt đã đến hạn, trong đó {N(c.Sent)} lượt đã gửi ({N(c.OnTime)} đúng hạn, {N(c.Late)} muộn) và {N(c.Approved)} lượt đã được phê duyệt");
            text.Append(c.NotDue > 0 ? $"; {N(c.NotDue)} lượt chưa đến hạn." : ".");
        }

        text.Append($" Số liệu trong báo cáo này được tổng hợp từ các báo cáo tháng đã được {letterhead.ReviewingOffice} phê duyệt.");
        return text.ToString();
    }

    private static string Results(ReportFigures f, Letterhead letterhead)
    {
        var t = f.Totals;
        var text = new StringBuilder("1. Công tác tuyên truyền\n\n");
        text.Append($"Các đơn vị đã thực hiện {N(t.Propaganda)} hoạt động tuyên truyền với {N(t.PropagandaQuantity)} lượt tin, bài, băng rôn, tờ rơi, tiếp cận khoảng {N(t.PropagandaReach)} lượt người.");
        if (f.Propaganda.Count > 0)
        {
            text.Append(" Trong đó: ").Append(string.Join("; ", f.Propaganda.Select(p => $"{Lower(p.Channel)} {N(p.Activities)} hoạt động ({N(p.Quantity)} lượt)"))).Append('.');
        }

        if (t.Propaganda > 0)
        {
            text.Append(' ').Append(Modes(f.PropagandaByMode.Select(m => (m.Mode, m.Count)), "hoạt động"));
        }

        text.Append("\n\n2. Hướng dẫn, trải nghiệm kỹ năng số\n\n");
        text.Append($"Tổ chức {N(t.Sessions)} lớp học, buổi hướng dẫn, hoạt động trải nghiệm kỹ năng số với {N(t.Participants)} lượt người tham gia, trong đó {N(t.Women)} lượt nữ, {N(t.Aged60Plus)} lượt người từ 60 tuổi trở lên; hướng dẫn tạo {N(t.Accounts)} tài khoản trên nền tảng binhdanhocvuso.gov.vn; {N(t.Completions)} lượt người hoàn thành khóa học, được cấp chứng nhận.");
        if (t.Sessions > 0)
        {
            text.Append(' ').Append(Modes(f.TrainingByMode.Select(m => (m.Mode, m.Sessions)), "buổi"));
            var taught = f.TrainingByPlatform.Where(p => p.Sessions > 0).ToList();
            if (taught.Count > 0)
            {
                text.Append(" Nội dung hướng dẫn: ").Append(string.Join("; ", taught.Select(p => $"{p.Platform.Text()} {N(p.Sessions)} buổi ({N(p.Participants)} lượt người)"))).Append('.');
            }

            var groups = f.TrainingByGroup.Where(g => g.Sessions > 0).ToList();
            if (groups.Count > 0)
            {
                text.Append(" Đối tượng: ").Append(string.Join("; ", groups.Select(g => $"{Lower(g.Group.Text())} {N(g.Sessions)} buổi ({N(g.Participants)} lượt người)"))).Append('.');
            }
        }

        if (f.TrainingByUnit.Count > 0)
        {
            var top = f.TrainingByUnit.MaxBy(u => u.Participants)!;
            text.Append($" Đơn vị có nhiều lượt người tham gia nhất là {top.Unit} ({N(top.Participants)} lượt).");
        }

        var i = f.Initiatives;
        text.Append("\n\n3. Sáng kiến và lồng ghép\n\n");
        text.Append($"Các đơn vị đề xuất {N(i.Proposed)} sáng kiến, cách làm hay, mô hình hiệu quả; {letterhead.ReviewingOffice} đã lựa chọn {N(i.Selected)} sáng kiến để tổng hợp báo cáo cấp trên");
        text.Append(i.UnderReview > 0 ? $", {N(i.UnderReview)} sáng kiến đang được xem xét" : "").Append(i.Selected > 0 ? " (chi tiết tại Phụ lục)." : ".");
        text.Append($" Nội dung học tập số được lồng ghép vào {N(t.Integrations)} kế hoạch, cuộc vận động và hoạt động của Mặt trận Tổ quốc, các tổ chức chính trị - xã hội, tiếp cận khoảng {N(t.IntegrationReach)} lượt người.");
        return text.ToString();
    }

    /// <summary>What units did, by kind of work and main channels, never one sentence per unit.</summary>
    private static string Strengths(ReportFigures f)
    {
        var t = f.Totals;
        var parts = new List<string>();
        if (t.Propaganda > 0)
        {
            var main = f.Propaganda.OrderByDescending(p => p.Activities).Take(3)
                .Select(p => $"{Lower(p.Channel)} ({Share(p.Activities, t.Propaganda)})");
            parts.Add($"Công tác tuyên truyền được triển khai bằng nhiều hình thức, chủ yếu là {string.Join(", ", main)}.");
        }

        if (t.Sessions > 0)
        {
            parts.Add($"Các lớp học, buổi hướng dẫn thu hút {N(t.Participants)} lượt người tham gia, trong đó nữ chiếm {Share(t.Women, t.Participants)}, người từ 60 tuổi trở lên chiếm {Share(t.Aged60Plus, t.Participants)}.");
        }

        if (t.Initiatives + t.Integrations > 0)
        {
            parts.Add($"Các đơn vị quan tâm đề xuất sáng kiến, cách làm hay ({N(t.Initiatives)}) và lồng ghép nội dung học tập số vào hoạt động của tổ chức mình ({N(t.Integrations)} hoạt động).");
        }

        var leaders = f.TrainingByUnit.OrderByDescending(u => u.Participants).Take(3).Select(u => $"{u.Unit} ({N(u.Participants)} lượt)").ToList();
        if (leaders.Count > 1)
        {
            parts.Add($"Các đơn vị có nhiều lượt người được hướng dẫn: {string.Join(", ", leaders)}.");
        }

        return parts.Count == 0 ? "Trong kỳ chưa có hoạt động nào được tổng hợp từ báo cáo đã phê duyệt." : string.Join("\n\n", parts);
    }

    /// <summary>Report timeliness as the data says it, and the causes units gave in their approved reports.</summary>
    private static string Limitations(ReportFigures f)
    {
        var c = f.ComplianceTotal;
        var text = new StringBuilder();
        if (c.Due > 0 && c.Late == 0 && c.NotSent == 0)
        {
            text.Append($"Các đơn vị gửi đủ {N(c.Sent)} lượt báo cáo tháng đã đến hạn, đúng thời hạn.");
        }
        else if (c.Due > 0)
        {
            if (c.Late > 0)
            {
                text.Append($"Có {N(c.Late)}/{N(c.Sent)} lượt báo cáo tháng gửi muộn ({Units(f.Compliance.Where(r => r.Late > 0))}). ");
            }

            if (c.NotSent > 0)
            {
                text.Append($"Còn {N(c.NotSent)} lượt báo cáo tháng đã đến hạn nhưng chưa gửi ({Units(f.Compliance.Where(r => r.NotSent > 0))}). ");
            }

            if (c.AwaitingReview + c.Returned > 0)
            {
                text.Append($"{N(c.AwaitingReview + c.Returned)} lượt báo cáo đang chờ duyệt hoặc bị trả lại để bổ sung nên số liệu chưa được tổng hợp.");
            }
        }

        var difficulties = Grouped(f.Narratives.Select(n => (n.Unit, n.Difficulties)));
        if (difficulties.Length > 0)
        {
            text.Append(text.Length > 0 ? "\n\n" : "").Append("Khó khăn, nguyên nhân do các đơn vị nêu:").Append(difficulties);
        }

        return text.ToString().Trim();
    }

    private static string Proposals(ReportFigures f)
    {
        var grouped = Grouped(f.Narratives.Select(n => (n.Unit, n.Proposals)));
        return grouped.Length == 0 ? "" : "Đề xuất, kiến nghị của các đơn vị:" + grouped;
    }

    /// <summary>Units often write the same sentence: each text once, with the units that raised it.</summary>
    private static string Grouped(IEnumerable<(string Unit, string? Text)> items)
    {
        var text = new StringBuilder();
        foreach (var group in items.Where(i => !string.IsNullOrWhiteSpace(i.Text)).GroupBy(i => i.Text!.Trim().TrimEnd('.')))
        {
            text.Append($"\n\n- {group.Key} ({string.Join(", ", group.Select(g => g.Unit))}).");
        }

        return text.ToString();
    }

    /// <summary>"Trực tuyến 12 hoạt động, trực tiếp 30 hoạt động."</summary>
    private static string Modes(IEnumerable<(Domain.Entries.DeliveryMode Mode, long Count)> modes, string unit) =>
        "Theo hình thức: " + string.Join(", ", modes.Select(m => $"{Lower(m.Mode.Text())} {N(m.Count)} {unit}")) + ".";

    private static string Quoted(IEnumerable<string> names) => string.Join(", ", names.Select(n => $"\"{n}\""));

    private static string Units(IEnumerable<ComplianceRow> rows) => string.Join(", ", rows.Select(r => r.Unit));

    private static string Share(long part, long whole) =>
        whole <= 0 ? "0%" : (part / (double)whole).ToString("P0", Vietnamese);

    private static string Lower(string s) => s.Length == 0 ? s : char.ToLower(s[0], Vietnamese) + s[1..];
}
