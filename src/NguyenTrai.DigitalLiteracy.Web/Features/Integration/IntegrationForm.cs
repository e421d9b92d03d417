using System.ComponentModel.DataAnnotations;
using NguyenTrai.DigitalLiteracy.Data;
using NguyenTrai.DigitalLiteracy.Domain.Entries;
using NguyenTrai.DigitalLiteracy.Web.Features.Entries;

namespace NguyenTrai.DigitalLiteracy.Web.Features.Integration;

public sealed class IntegrationForm : EntryForm<IntegrationActivity>
{
    [Required, Display(Name = "Lồng ghép vào")]
    public IntegrationTarget? Target { get; set; }

    [Required, StringLength(FieldLengths.Title), Display(Name = "Tên kế hoạch / cuộc vận động")]
    public string? PlanName { get; set; }

    [Required, StringLength(FieldLengths.Name), Display(Name = "Cơ quan, tổ chức chủ trì")]
    public string? OrganisingBody { get; set; }

    [Required, StringLength(FieldLengths.Text), Display(Name = "Nội dung học tập số được lồng ghép")]
    public string? Content { get; set; }

    [EntryLimit(0, EntryLimits.Reach), Display(Name = "Số người tiếp cận")]
    public int? Reach { get; set; }

    protected override void CopyFieldsTo(IntegrationActivity entry)
    {
        entry.Target = Target ?? default;
        entry.PlanName = Clean(PlanName) ?? "";
        entry.OrganisingBody = Clean(OrganisingBody) ?? "";
        entry.Content = Clean(Content) ?? "";
        entry.Reach = Reach;
    }

    protected override void CopyFieldsFrom(IntegrationActivity entry)
    {
        Target = entry.Target;
        PlanName = entry.PlanName;
        OrganisingBody = entry.OrganisingBody;
        Content = entry.Content;
        Reach = entry.Reach;
    }
}

public sealed class IntegrationQuery : EntryListQuery
{
    public IntegrationTarget? Target { get; set; }

    public override IDictionary<string, string?> RouteValues() => base.RouteValues().With(nameof(Target), Target?.ToString());
}
