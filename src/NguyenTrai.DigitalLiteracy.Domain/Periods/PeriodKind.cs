using System.ComponentModel.DataAnnotations;

namespace NguyenTrai.DigitalLiteracy.Domain.Periods;

public enum PeriodKind
{
    [Display(Name = "Tháng")] Monthly = 1,
    [Display(Name = "Quý")] Quarterly = 2,
    [Display(Name = "6 tháng")] HalfYear = 3,
    [Display(Name = "9 tháng")] NineMonths = 4,
    [Display(Name = "Năm")] Annual = 5,
    [Display(Name = "Đột xuất")] AdHoc = 6,
    [Display(Name = "Chuyên đề")] Thematic = 7,
}
