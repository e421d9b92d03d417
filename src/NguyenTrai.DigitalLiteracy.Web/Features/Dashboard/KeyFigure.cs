using NguyenTrai.DigitalLiteracy.Reporting.Figures;

namespace NguyenTrai.DigitalLiteracy.Web.Features.Dashboard;

/// <summary>A headline number with its label and drill-down link; the page cards and the export read the same list.</summary>
public sealed record KeyFigure(string Key, string Label, long Value, string Href)
{
    public static IReadOnlyList<KeyFigure> Of(Totals f, DrillDown links) =>
    [
        new("propaganda", "Hoạt động tuyên truyền", f.Propaganda, links.To(DrillDown.Propaganda)),
        new("propaganda-reach", "Lượt người tiếp cận tuyên truyền", f.PropagandaReach, links.To(DrillDown.Propaganda)),
        new("sessions", "Lớp học, buổi hướng dẫn", f.Sessions, links.To(DrillDown.Training)),
        new("participants", "Lượt người được hướng dẫn", f.Participants, links.To(DrillDown.Training)),
        new("adults", "Trong đó: lượt người từ 18 tuổi trở lên", f.Adults, links.To(DrillDown.Training)),
        new("women", "Trong đó: lượt nữ", f.Women, links.To(DrillDown.Training)),
        new("aged60", "Trong đó: lượt người từ 60 tuổi trở lên", f.Aged60Plus, links.To(DrillDown.Training)),
        new("accounts", "Tài khoản tạo trên binhdanhocvuso.gov.vn", f.Accounts, links.To(DrillDown.Training)),
        new("completions", "Lượt người hoàn thành khóa học", f.Completions, links.To(DrillDown.Training)),
        new("initiatives", "Sáng kiến, cách làm hay", f.Initiatives, links.To(DrillDown.Initiatives)),
        new("integrations", "Hoạt động lồng ghép", f.Integrations, links.To(DrillDown.Integration)),
    ];
}
