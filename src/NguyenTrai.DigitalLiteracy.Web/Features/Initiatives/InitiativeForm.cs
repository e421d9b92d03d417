using System.ComponentModel.DataAnnotations;
using NguyenTrai.DigitalLiteracy.Data;
using NguyenTrai.DigitalLiteracy.Domain.Entries;
using NguyenTrai.DigitalLiteracy.Web.Features.Entries;

namespace NguyenTrai.DigitalLiteracy.Web.Features.Initiatives;

/// <summary>What the proposing unit records; status and evaluation belong to the office's review.</summary>
public sealed class InitiativeForm : EntryForm<Initiative>
{
    [Required, Display(Name = "Loại")]
    public InitiativeKind? Kind { get; set; }

    [Required, Display(Name = "Lĩnh vực")]
    public InitiativeField? Field { get; set; }

    [Required, Display(Name = "Người / tổ chức đề xuất là")]
    public ProposerType? ProposerType { get; set; }

    [Required, StringLength(FieldLengths.Name), Display(Name = "Tên người / tổ chức đề xuất")]
    public string? ProposerName { get; set; }

    [StringLength(FieldLengths.Name), Display(Name = "Thông tin liên hệ")]
    public string? ProposerContact { get; set; }

    [Required, StringLength(FieldLengths.Text), Display(Name = "Mô tả")]
    public string? Description { get; set; }

    [StringLength(FieldLengths.Text), Display(Name = "Kết quả đạt được")]
    public string? Results { get; set; }

    protected override void CopyFieldsTo(Initiative entry)
    {
        entry.Kind = Kind ?? default;
        entry.Field = Field ?? default;
        entry.ProposerType = ProposerType ?? default;
        entry.ProposerName = Clean(ProposerName) ?? "";
        entry.ProposerContact = Clean(ProposerContact);
        entry.Description = Clean(Description) ?? "";
        entry.Results = Clean(Results);
    }

    protected override void CopyFieldsFrom(Initiative entry)
    {
        Kind = entry.Kind;
        Field = entry.Field;
        ProposerType = entry.ProposerType;
        ProposerName = entry.ProposerName;
        ProposerContact = entry.ProposerContact;
        Description = entry.Description;
        Results = entry.Results;
    }
}

public sealed class InitiativeQuery : EntryListQuery
{
    public InitiativeStatus? Status { get; set; }

    public override IDictionary<string, string?> RouteValues() => base.RouteValues().With(nameof(Status), Status?.ToString());
}
