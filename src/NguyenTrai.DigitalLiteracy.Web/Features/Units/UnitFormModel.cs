using System.ComponentModel.DataAnnotations;
using NguyenTrai.DigitalLiteracy.Data;
using NguyenTrai.DigitalLiteracy.Domain.Units;

namespace NguyenTrai.DigitalLiteracy.Web.Features.Units;

public sealed class UnitFormModel
{
    public int? Id { get; set; }

    [Required, StringLength(FieldLengths.Code)]
    [Display(Name = "Mã đơn vị")]
    public string Code { get; set; } = "";

    [Required, StringLength(FieldLengths.Name)]
    [Display(Name = "Tên đơn vị")]
    public string Name { get; set; } = "";

    [Required]
    [Display(Name = "Loại đơn vị")]
    public UnitKind? Kind { get; set; }

    [Required]
    [Display(Name = "Hoạt động từ ngày")]
    public DateOnly? ActiveFrom { get; set; }

    [StringLength(FieldLengths.Name)]
    [Display(Name = "Địa chỉ")]
    public string? Address { get; set; }

    [StringLength(FieldLengths.Phone)]
    [Display(Name = "Điện thoại liên hệ")]
    public string? ContactPhone { get; set; }

    [StringLength(FieldLengths.Code), RegularExpression(@"^[A-Za-zĐđ0-9]+(-[A-Za-zĐđ0-9]+)*$", ErrorMessage = "Chỉ gồm chữ, chữ số và dấu gạch nối, ví dụ HPN.")]
    [Display(Name = "Ký hiệu văn bản (Số: …/BC-ký hiệu)")]
    public string? DocumentSymbol { get; set; }

    [StringLength(FieldLengths.Name)]
    [Display(Name = "Họ tên người đứng đầu (ký báo cáo)")]
    public string? HeadName { get; set; }

    [StringLength(FieldLengths.Name)]
    [Display(Name = "Chức vụ người ký", Prompt = "Chủ tịch Hội, Bí thư Đoàn, Trưởng thôn…")]
    public string? HeadPosition { get; set; }

    [Display(Name = "Đơn vị gửi báo cáo định kỳ (bỏ chọn cho phòng tổng hợp báo cáo của các đơn vị)")]
    public bool SubmitsReports { get; set; } = true;

    /// <summary>The version the user started from, base64; a save against a newer row is refused.</summary>
    public string? RowVersion { get; set; }

    public DateOnly? ActiveTo { get; set; }

    public bool IsNew => Id is null;
}
