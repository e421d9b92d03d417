using System.ComponentModel.DataAnnotations;

namespace NguyenTrai.DigitalLiteracy.Domain.Entries;

public enum PropagandaChannel
{
    [Display(Name = "Phát thanh trên hệ thống truyền thanh")] LoudspeakerBroadcast = 1,
    [Display(Name = "Bài đăng nhóm Zalo")] ZaloGroupPost = 2,
    [Display(Name = "Bài đăng fanpage / mạng xã hội")] FanpagePost = 3,
    [Display(Name = "Cổng thông tin điện tử phường")] WardPortal = 4,
    [Display(Name = "Băng rôn, khẩu hiệu, áp phích")] BannerPoster = 5,
    [Display(Name = "Tờ rơi")] Leaflet = 6,
    [Display(Name = "Hội nghị, tuyên truyền trực tiếp")] MeetingTalk = 7,
    [Display(Name = "Hình thức khác")] Other = 8,
}

public enum DeliveryMode
{
    [Display(Name = "Trực tuyến")] Online = 1,
    [Display(Name = "Trực tiếp")] InPerson = 2,
}
