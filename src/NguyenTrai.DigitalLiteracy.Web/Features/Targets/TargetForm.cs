using System.ComponentModel.DataAnnotations;
using NguyenTrai.DigitalLiteracy.Domain.Targets;

namespace NguyenTrai.DigitalLiteracy.Web.Features.Targets;

public sealed class TargetForm
{
    [Required]
    [Range(2020, 2100)]
    [Display(Name = "Năm")]
    public int Year { get; set; }

    [Required]
    [Display(Name = "Chỉ tiêu")]
    public TargetMetric? Metric { get; set; }

    [Display(Name = "Phong trào (để trống: tất cả)")]
    public int? CampaignId { get; set; }

    [Display(Name = "Đơn vị (để trống: toàn phường)")]
    public int? UnitId { get; set; }

    [Required]
    [Range(1, 10_000_000)]
    [Display(Name = "Giá trị kế hoạch")]
    public int? Value { get; set; }

    /// <summary>Base64 concurrency token of the edited target.</summary>
    public string? RowVersion { get; set; }
}

public sealed class AdultPopulationForm
{
    [Required]
    [Range(1, 10_000_000)]
    [Display(Name = "Dân số từ 18 tuổi trở lên của phường")]
    public int? AdultPopulation { get; set; }

    /// <summary>Base64 concurrency token of the ward setting; empty when none was saved yet.</summary>
    public string? RowVersion { get; set; }
}
