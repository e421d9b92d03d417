using NguyenTrai.DigitalLiteracy.Domain.Profile;

namespace NguyenTrai.DigitalLiteracy.Web.Infrastructure.Seeding;

/// <summary>
/// Nguyễn Trãi ward's profile as of the October 2025 letter: the values the portal was built with, seeded once into an
/// installation (new or upgraded) that has none. Another commune changes them on the "Thông tin địa phương" screen.
/// </summary>
internal static class WardProfileSeed
{
    public static WardProfile NguyenTrai() => new()
    {
        Id = WardProfile.SingletonId,
        CommuneName = "phường Nguyễn Trãi",
        ParentName = "thành phố Hải Phòng",
        PlaceName = "Nguyễn Trãi",
        PortalTitle = "Bình dân học vụ số - Phường Nguyễn Trãi",
        ParentCommitteeName = "UBND thành phố Hải Phòng",
        CommitteeName = "UBND phường Nguyễn Trãi",
        CommitteeAbbreviation = "UBND",
        CommitteeSymbol = "BC-UBND",
        OfficeName = "Phòng Văn hóa - Xã hội",
        OfficeAbbreviation = "VHXH",
        OfficeSymbol = "BC-VHXH",
        CitySignerName = "Lê Văn Khoa",
        CitySignerPosition = "Phó Chủ tịch",
        CityAuthorityLines = "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH",
        CityRecipients = "- UBND thành phố Hải Phòng (để báo cáo);\n- Sở Văn hóa, Thể thao và Du lịch;\n- TT Đảng ủy, TT HĐND phường;\n- CT, các PCT UBND phường;\n- Lưu: VT, VHXH.",
        WardSignerName = "Nguyễn Thị Thanh Hương",
        WardSignerPosition = "Trưởng phòng",
        WardAuthorityLines = "TRƯỞNG PHÒNG",
        WardRecipients = "- UBND phường (để báo cáo);\n- Chủ tịch, các Phó Chủ tịch UBND phường;\n- Lưu: VT, VHXH.",
        DirectingLetter = "Thực hiện Công văn số 9686/VP-VX ngày 03/10/2025 của Văn phòng UBND thành phố Hải Phòng về việc triển khai phong trào \"Bình dân học vụ số\", hưởng ứng \"Ngày hội toàn dân học tập số\" và Ngày Chuyển đổi số quốc gia (10/10), UBND phường Nguyễn Trãi đã ban hành văn bản chỉ đạo, giao Phòng Văn hóa - Xã hội chủ trì, hướng dẫn các cơ quan, đơn vị, Mặt trận Tổ quốc, các tổ chức chính trị - xã hội và các tổ dân phố triển khai thực hiện.",
    };
}
