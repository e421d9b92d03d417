using System.ComponentModel.DataAnnotations;
using NguyenTrai.DigitalLiteracy.Data;

namespace NguyenTrai.DigitalLiteracy.Web.Features.Campaigns;

public sealed class CampaignFormModel
{
    public int? Id { get; set; }

    [Required, StringLength(FieldLengths.Code)]
    [Display(Name = "Mã phong trào")]
    public string Code { get; set; } = "";

    [Required, StringLength(FieldLengths.Name)]
    [Display(Name = "Tên phong trào")]
    public string Name { get; set; } = "";

    [StringLength(FieldLengths.Text)]
    [Display(Name = "Mô tả")]
    public string? Description { get; set; }

    [Range(0, 999)]
    [Display(Name = "Thứ tự hiển thị")]
    public int SortOrder { get; set; }

    /// <summary>The version the edit form was loaded with (base64).</summary>
    public string? RowVersion { get; set; }

    public bool IsNew => Id is null;
}
