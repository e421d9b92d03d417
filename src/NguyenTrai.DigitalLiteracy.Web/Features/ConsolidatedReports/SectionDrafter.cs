using System.Text;
using static NguyenTrai.DigitalLiteracy.Web.Features.ConsolidatedReports.ReportText;

namespace NguyenTrai.DigitalLiteracy.Web.Features.ConsolidatedReports;

/// <summary>
/// Writes the first draft: sections I-II as Vietnamese sentences with the figures filled in, and the units'
/// highlights, difficulties and proposals merged into III-V. The office edits all of it before issuing.
/// </summary>
public static class SectionDrafter
{
    public static DraftSections Draft(ReportFigures f) => new(Direction(f), Results(f), Assessment(f), NextTasks(), Proposals(f));

    private static string Direction(ReportFigures f)
    {
        var expected = f.Compliance.Sum(c => c.Expected);
        var approved = f.Compliance.Sum(c => c.Approved);
        var unitsApproved = f.Compliance.Count(c => c.Approved > 0);
        return $"Thực hiện Công văn số 9686/VP-VX ngày 03/10/2025 của Văn phòng UBND thành phố Hải Phòng về việc triển khai phong trào \"Bình dân học vụ số\", hưởng ứng \"Ngày hội toàn dân học tập số\" và Ngày Chuyển đổi số quốc gia (10/10), UBND phường Nguyễn Trãi đã ban hành văn bản chỉ đạo, giao Phòng Văn hóa - Xã hội chủ trì, hướng dẫn các cơ quan, đơn vị, Mặt trận Tổ quốc, các tổ chức chính trị - xã hội và các tổ dân phố triển khai thực hiện.\n\n"
            + $"Trong kỳ báo cáo (từ ngày {D(f.WindowStart)} đến ngày {D(f.WindowEnd)}), có {N(f.Compliance.Count)} đơn vị thuộc diện báo cáo; {N(unitsApproved)} đơn vị có báo cáo được phê duyệt ({N(approved)}/{N(expected)} lượt báo cáo tháng). Số liệu trong báo cáo này được tổng hợp từ các báo cáo đã được Phòng Văn hóa - Xã hội phê duyệt.";
    }

    private static string Results(ReportFigures f)
    {
        var t = f.TrainingTotal;
        var text = new StringBuilder();
        text.Append("1. Công tác tuyên truyền\n\n");
        text.Append($"Các đơn vị đã thực hiện {N(f.PropagandaActivities)} hoạt động tuyên truyền với {N(f.PropagandaQuantity)} lượt tin, bài, băng rôn, tờ rơi, tiếp cận khoảng {N(f.PropagandaReach)} lượt người.");
        if (f.Propaganda.Count > 0)
        {
            text.Append(" Trong đó: ").Append(string.Join("; ", f.Propaganda.Select(p => $"{Lower(p.Channel)} {N(p.Activities)} hoạt động ({N(p.Quantity)} lượt)"))).Append('.');
        }

        text.Append("\n\n2. Hướng dẫn, trải nghiệm kỹ năng số\n\n");
        text.Append($"Tổ chức {N(t.Sessions)} lớp học, buổi hướng dẫn, hoạt động trải nghiệm kỹ năng số với {N(t.Participants)} lượt người tham gia, trong đó {N(t.Women)} lượt nữ, {N(t.Aged60Plus)} lượt người từ 60 tuổi trở lên; hướng dẫn tạo {N(t.AccountsCreated)} tài khoản trên nền tảng binhdanhocvuso.gov.vn; {N(t.Completions)} lượt người hoàn thành khóa học, được cấp chứng nhận.");
        if (f.TrainingByUnit.Count > 0)
        {
            var top = f.TrainingByUnit.MaxBy(u => u.Participants)!;
            text.Append($" Đơn vị có nhiều lượt người tham gia nhất là {top.Unit} ({N(top.Participants)} lượt).");
        }

        text.Append("\n\n3. Sáng kiến và lồng ghép\n\n");
        text.Append($"Các đơn vị đề xuất {N(f.Initiatives.Proposed)} sáng kiến, cách làm hay, mô hình hiệu quả; Phòng Văn hóa - Xã hội đã lựa chọn {N(f.Initiatives.Selected)} sáng kiến để tổng hợp báo cáo thành phố (chi tiết tại Phụ lục).");
        text.Append($" Nội dung học tập số được lồng ghép vào {N(f.Integrations.Count)} kế hoạch, cuộc vận động và hoạt động của Mặt trận Tổ quốc, các tổ chức chính trị - xã hội, tiếp cận khoảng {N(f.Integrations.Sum(i => (long)(i.Reach ?? 0)))} lượt người.");
        return text.ToString();
    }

    private static string Assessment(ReportFigures f)
    {
        var text = new StringBuilder("1. Ưu điểm\n\n");
        text.Append("Các cơ quan, đơn vị đã quan tâm triển khai phong trào, hình thức tuyên truyền đa dạng, kết hợp trực tuyến và trực tiếp; nhiều lớp hướng dẫn được tổ chức tại nhà văn hóa các tổ dân phố, thu hút đông đảo người dân, nhất là người cao tuổi và phụ nữ tham gia.");
        foreach (var n in f.Narratives.Where(n => !string.IsNullOrWhiteSpace(n.Highlights)))
        {
            text.Append($"\n\n- {n.Unit}: {n.Highlights!.Trim()}");
        }

        text.Append("\n\n2. Hạn chế, nguyên nhân\n\n");
        text.Append("Một số đơn vị gửi báo cáo chưa đúng thời hạn; việc cập nhật minh chứng còn chưa đầy đủ.");
        AppendGrouped(text, f.Narratives.Select(n => (n.Unit, n.Difficulties)));
        return text.ToString();
    }

    private static string NextTasks() =>
        "Tiếp tục đẩy mạnh tuyên truyền về phong trào \"Bình dân học vụ số\" trên hệ thống truyền thanh, các nhóm Zalo và trang thông tin của phường.\n\n"
        + "Duy trì các lớp hướng dẫn kỹ năng số tại nhà văn hóa các tổ dân phố, ưu tiên người cao tuổi, phụ nữ và hộ kinh doanh; hướng dẫn người dân tạo tài khoản và hoàn thành khóa học trên nền tảng binhdanhocvuso.gov.vn.\n\n"
        + "Tiếp tục phát hiện, lựa chọn sáng kiến, cách làm hay để nhân rộng; các đơn vị báo cáo đầy đủ, đúng thời hạn.";

    private static string Proposals(ReportFigures f)
    {
        var text = new StringBuilder("Đề nghị cấp trên quan tâm hỗ trợ tài liệu, thiết bị phục vụ hướng dẫn kỹ năng số cho người dân.");
        AppendGrouped(text, f.Narratives.Select(n => (n.Unit, n.Proposals)));
        return text.ToString();
    }

    /// <summary>Units often write the same sentence: list it once with the units that raised it.</summary>
    private static void AppendGrouped(StringBuilder text, IEnumerable<(string Unit, string? Text)> items)
    {
        foreach (var group in items.Where(i => !string.IsNullOrWhiteSpace(i.Text)).GroupBy(i => i.Text!.Trim().TrimEnd('.')))
        {
            text.Append($"\n\n- {group.Key} ({string.Join(", ", group.Select(g => g.Unit))}).");
        }
    }

    private static string Lower(string s) => s.Length == 0 ? s : char.ToLower(s[0], Vietnamese) + s[1..];
}
