using System.ComponentModel.DataAnnotations;
using NguyenTrai.DigitalLiteracy.Data;
using NguyenTrai.DigitalLiteracy.Web.Infrastructure;

namespace NguyenTrai.DigitalLiteracy.Web.Features.UnitReports;

/// <summary>The unit's narrative; RowVersion is the report version the page showed (base64, empty for a new report).</summary>
public sealed class NarrativeForm
{
    [StringLength(FieldLengths.Text), DataType(DataType.MultilineText)]
    [Display(Name = "Kết quả nổi bật")]
    public string? Highlights { get; set; }

    [StringLength(FieldLengths.Text), DataType(DataType.MultilineText)]
    [Display(Name = "Khó khăn, vướng mắc")]
    public string? Difficulties { get; set; }

    [StringLength(FieldLengths.Text), DataType(DataType.MultilineText)]
    [Display(Name = "Kiến nghị, đề xuất")]
    public string? Proposals { get; set; }

    public string? RowVersion { get; set; }

    public byte[] PostedVersion => RowVersionText.Parse(RowVersion);
}
