using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;
using System.ComponentModel.DataAnnotations;
using NguyenTrai.DigitalLiteracy.Data;
using NguyenTrai.DigitalLiteracy.Domain.Periods;

namespace NguyenTrai.DigitalLiteracy.Web.Features.Periods;

public sealed record PeriodRow(int Id, PeriodKind Kind, string Name, DateOnly StartDate, DateOnly EndDate, DateOnly Deadline, bool IsClosed);

public sealed class PeriodListModel
{
    public int? Year { get; set; }
    public PeriodKind? Kind { get; set; }
    public IReadOnlyList<PeriodRow> Rows { get; set; } = [];
    public IReadOnlyList<int> Years { get; set; } = [];
}

/// <summary>An ad hoc or thematic period: its own window and deadline.</summary>
public sealed class SpecialPeriodModel
{
    [Required]
    [Display(Name = "Loại kỳ")]
    public PeriodKind? Kind { get; set; }

    [Required, StringLength(FieldLengths.Name)]
    [Display(Name = "Tên kỳ báo cáo")]
    public string Name { get; set; } = "";

    [Required]
    [Display(Name = "Từ ngày")]
    public DateOnly? StartDate { get; set; }

    [Required]
    [Display(Name = "Đến ngày (chốt số liệu)")]
    public DateOnly? EndDate { get; set; }

    [Required]
    [Display(Name = "Hạn nộp")]
    public DateOnly? Deadline { get; set; }

    /// <summary>A thematic period may ask every unit for its own report (e.g. the 10/10 campaign); ad hoc ones never do.</summary>
    [Display(Name = "Các đơn vị phải gửi báo cáo riêng cho kỳ chuyên đề này")]
    public bool RequiresUnitReports { get; set; }
}

public sealed class DeadlineModel
{
    public int Id { get; set; }
    [ValidateNever]
    public string Name { get; set; } = "";
    public DateOnly StartDate { get; set; }
    public DateOnly EndDate { get; set; }

    [Required]
    [Display(Name = "Hạn nộp mới")]
    public DateOnly? Deadline { get; set; }

    public string? RowVersion { get; set; }
}
