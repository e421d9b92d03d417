using System.ComponentModel.DataAnnotations;

namespace NguyenTrai.DigitalLiteracy.Domain.Reports;

public enum UnitReportStatus
{
    [Display(Name = "Đang soạn")] Draft = 1,
    [Display(Name = "Đã gửi")] Submitted = 2,
    [Display(Name = "Bị trả lại")] Returned = 3,
    [Display(Name = "Đã phê duyệt")] Approved = 4,
}
