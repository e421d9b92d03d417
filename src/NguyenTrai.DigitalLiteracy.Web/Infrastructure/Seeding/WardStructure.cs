using NguyenTrai.DigitalLiteracy.Domain.Units;

namespace NguyenTrai.DigitalLiteracy.Web.Infrastructure.Seeding;

/// <summary>The units of Nguyễn Trãi ward that report on the movements, as seeded on first run.</summary>
internal static class WardStructure
{
    private static readonly DateOnly WardFounded = new(2025, 7, 1);

    public static IReadOnlyList<Unit> Units() =>
    [
        U("VP", "Văn phòng HĐND và UBND phường", UnitKind.WardAgency, head: ("VP", "Trần Văn Hùng", "Chánh Văn phòng")),
        U("PKT", "Phòng Kinh tế", UnitKind.WardAgency, head: ("PKT", "Phạm Minh Tuấn", "Trưởng phòng")),
        U("VHXH", "Phòng Văn hóa - Xã hội", UnitKind.WardAgency, submitsReports: false, head: ("VHXH", "Nguyễn Thị Thanh Hương", "Trưởng phòng")), // consolidates the others' reports
        U("TTVH", "Trung tâm Văn hóa Thể thao và Truyền thông phường", UnitKind.CultureCentre, head: ("TTVHTTTT", "Đỗ Thị Mai", "Giám đốc")),
        U("MN-NT", "Trường Mầm non Nguyễn Trãi", UnitKind.PublicService, head: ("MNNT", "Vũ Thị Hồng", "Hiệu trưởng")),
        U("TH-NT", "Trường Tiểu học Nguyễn Trãi", UnitKind.PublicService, head: ("THNT", "Lương Văn Sơn", "Hiệu trưởng")),
        U("THCS-NT", "Trường THCS Nguyễn Trãi", UnitKind.PublicService, head: ("THCSNT", "Hoàng Thị Lan", "Hiệu trưởng")),
        U("TYT", "Trạm Y tế phường", UnitKind.PublicService, head: ("TYT", "Bùi Văn Nam", "Trạm trưởng")),
        U("MTTQ", "Ủy ban MTTQ Việt Nam phường", UnitKind.FatherlandFront, head: ("MTTQ", "Nguyễn Văn Bình", "Chủ tịch Ủy ban MTTQ Việt Nam phường")),
        U("HPN", "Hội Liên hiệp Phụ nữ phường", UnitKind.MassOrganisation, head: ("HPN", "Đặng Thị Thu", "Chủ tịch Hội")),
        U("DTN", "Đoàn Thanh niên Cộng sản Hồ Chí Minh phường", UnitKind.MassOrganisation, head: ("ĐTN", "Ngô Quang Huy", "Bí thư Đoàn")),
        U("HCCB", "Hội Cựu chiến binh phường", UnitKind.MassOrganisation, head: ("HCCB", "Phan Văn Lộc", "Chủ tịch Hội")),
        U("HND", "Hội Nông dân phường", UnitKind.MassOrganisation, head: ("HND", "Trịnh Văn Quý", "Chủ tịch Hội")),
        U("CD", "Công đoàn phường", UnitKind.MassOrganisation, head: ("CĐ", "Mai Thị Hạnh", "Chủ tịch Công đoàn")),
        U("TDP01", "Tổ dân phố An Lạc", UnitKind.ResidentialGroup, head: ("TDP01", "Nguyễn Văn An", "Tổ trưởng")),
        U("TDP02", "Tổ dân phố Đông Hòa", UnitKind.ResidentialGroup, head: ("TDP02", "Lê Thị Hoa", "Tổ trưởng")),
        U("TDP03", "Tổ dân phố Trại Sơn", UnitKind.ResidentialGroup, head: ("TDP03", "Phạm Văn Đức", "Tổ trưởng")),
        U("THON01", "Thôn Lạc Dục", UnitKind.ResidentialGroup, head: ("LD", "Vũ Văn Thắng", "Trưởng thôn")),
        U("THON02", "Thôn Phù Lưu", UnitKind.ResidentialGroup, head: ("PL", "Trần Thị Nga", "Trưởng thôn")),
        U("THON03", "Thôn Kim Đới", UnitKind.ResidentialGroup, head: ("KĐ", "Đinh Văn Toàn", "Trưởng thôn")),
        // Merged into Thôn Phù Lưu in mid-2026: keeps its history, not expected to report afterwards.
        U("THON04", "Thôn Quỳnh Khê (đã sáp nhập)", UnitKind.ResidentialGroup, activeTo: new DateOnly(2026, 6, 30), head: ("QK", "Hà Văn Phúc", "Trưởng thôn")),
        // Opened later in 2026: not expected to report for earlier periods.
        U("TDP04", "Tổ dân phố Đồng Tâm", UnitKind.ResidentialGroup, activeFrom: new DateOnly(2026, 8, 1), head: ("TDP04", "Lý Thị Minh", "Tổ trưởng")),
    ];

    private static Unit U(string code, string name, UnitKind kind, DateOnly? activeFrom = null, DateOnly? activeTo = null, bool submitsReports = true,
        (string Symbol, string Name, string Position)? head = null) => new()
    {
        DocumentSymbol = head?.Symbol ?? code,
        HeadName = head?.Name,
        HeadPosition = head?.Position,
        SubmitsReports = submitsReports,
        Code = code,
        Name = name,
        Kind = kind,
        ActiveFrom = activeFrom ?? WardFounded,
        ActiveTo = activeTo,
    };
}
