using System.ComponentModel.DataAnnotations;
using NguyenTrai.DigitalLiteracy.Data;
using NguyenTrai.DigitalLiteracy.Domain.Entries;
using NguyenTrai.DigitalLiteracy.Web.Features.Entries;

namespace NguyenTrai.DigitalLiteracy.Web.Features.Propaganda;

public sealed class PropagandaForm : EntryForm<PropagandaActivity>
{
    [Display(Name = "Ngày kết thúc")]
    public DateOnly? EndDate { get; set; }

    [Required, Display(Name = "Hình thức tuyên truyền")]
    public PropagandaChannel? Channel { get; set; }

    [Required, Display(Name = "Trực tuyến / trực tiếp")]
    public DeliveryMode? Mode { get; set; }

    [Required, EntryLimit(1, EntryLimits.PropagandaQuantity), Display(Name = "Số lượng (lượt phát, bài đăng, băng rôn)")]
    public int? Quantity { get; set; } = 1;

    [StringLength(FieldLengths.Title), Display(Name = "Địa điểm")]
    public string? Place { get; set; }

    [EntryLimit(0, EntryLimits.Reach), Display(Name = "Số người tiếp cận (ước tính)")]
    public int? EstimatedReach { get; set; }

    [StringLength(FieldLengths.Text), Display(Name = "Nội dung tóm tắt")]
    public string? ContentSummary { get; set; }

    protected override void CopyFieldsTo(PropagandaActivity entry)
    {
        entry.EndDate = EndDate;
        entry.Channel = Channel ?? default;
        entry.Mode = Mode ?? default;
        entry.Quantity = Quantity ?? 0;
        entry.Place = Clean(Place);
        entry.EstimatedReach = EstimatedReach;
        entry.ContentSummary = Clean(ContentSummary);
    }

    protected override void CopyFieldsFrom(PropagandaActivity entry)
    {
        EndDate = entry.EndDate;
        Channel = entry.Channel;
        Mode = entry.Mode;
        Quantity = entry.Quantity;
        Place = entry.Place;
        EstimatedReach = entry.EstimatedReach;
        ContentSummary = entry.ContentSummary;
    }
}

public sealed class PropagandaQuery : EntryListQuery
{
    public PropagandaChannel? Channel { get; set; }

    public DeliveryMode? Mode { get; set; }

    public override IDictionary<string, string?> RouteValues() => base.RouteValues().With(nameof(Channel), Channel?.ToString()).With(nameof(Mode), Mode?.ToString());
}
