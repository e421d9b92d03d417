using System.ComponentModel.DataAnnotations;

namespace NguyenTrai.DigitalLiteracy.Domain.Entries;

public enum TrainingFormat
{
    [Display(Name = "Lớp học")] Class = 1,
    [Display(Name = "Buổi hướng dẫn")] GuidanceSession = 2,
    [Display(Name = "Hoạt động trải nghiệm")] HandsOnExperience = 3,
    [Display(Name = "Trực tuyến")] Online = 4,
}

[Flags]
public enum DigitalPlatforms
{
    None = 0,
    [Display(Name = "binhdanhocvuso.gov.vn")] BinhDanHocVuSo = 1,
    [Display(Name = "aicongdong.ptit.edu.vn")] AiCongDong = 2,
    [Display(Name = "VNeID")] VNeID = 4,
    [Display(Name = "Cổng dịch vụ công quốc gia")] PublicServicePortal = 8,
    [Display(Name = "Thanh toán không dùng tiền mặt")] CashlessPayment = 16,
    [Display(Name = "Sử dụng mạng xã hội an toàn")] SafeSocialMedia = 32,
    [Display(Name = "Nền tảng khác")] Other = 64,
}

[Flags]
public enum TargetGroups
{
    None = 0,
    [Display(Name = "Người cao tuổi")] Elderly = 1,
    [Display(Name = "Phụ nữ")] Women = 2,
    [Display(Name = "Thanh niên, học sinh")] Youth = 4,
    [Display(Name = "Công nhân, người lao động")] Workers = 8,
    [Display(Name = "Hộ kinh doanh")] BusinessHouseholds = 16,
    [Display(Name = "Cán bộ, công chức")] CivilServants = 32,
    [Display(Name = "Người dân nói chung")] GeneralPublic = 64,
}
