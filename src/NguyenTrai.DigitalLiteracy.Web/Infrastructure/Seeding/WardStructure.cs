using NguyenTrai.DigitalLiteracy.Domain.Units;

namespace NguyenTrai.DigitalLiteracy.Web.Infrastructure.Seeding;

/// <summary>The units of Nguyễn Trãi ward that report on the movements, as seeded on first run.</summary>
internal static class WardStructure
{
    private static readonly DateOnly WardFounded = new(2025, 7, 1);

    public static IReadOnlyList<Unit> Units() =>
    [
        U("VP", "Văn phòng HĐND và UBND phường", UnitKind.WardAgency),
        U("PKT", "Phòng Kinh tế", UnitKind.WardAgency),
        U("VHXH", "Phòng Văn hóa - Xã hội", UnitKind.WardAgency, submitsReports: false), // consolidates the others' reports
        U("TTVH", "Trung tâm Văn hóa Thể thao và Truyền thông phường", UnitKind.CultureCentre),
        U("MN-NT", "Trường Mầm non Nguyễn Trãi", UnitKind.PublicService),
        U("TH-NT", "Trường Tiểu học Nguyễn Trãi", UnitKind.PublicService),
        U("THCS-NT", "Trường THCS Nguyễn Trãi", UnitKind.PublicService),
        U("TYT", "Trạm Y tế phường", UnitKind.PublicService),
        U("MTTQ", "Ủy ban MTTQ Việt Nam phường", UnitKind.FatherlandFront),
        U("HPN", "Hội Liên hiệp Phụ nữ phường", UnitKind.MassOrganisation),
        U("DTN", "Đoàn Thanh niên Cộng sản Hồ Chí Minh phường", UnitKind.MassOrganisation),
        U("HCCB", "Hội Cựu chiến binh phường", UnitKind.MassOrganisation),
        U("HND", "Hội Nông dân phường", UnitKind.MassOrganisation),
        U("CD", "Công đoàn phường", UnitKind.MassOrganisation),
        U("TDP01", "Tổ dân phố An Lạc", UnitKind.ResidentialGroup),
        U("TDP02", "Tổ dân phố Đông Hòa", UnitKind.ResidentialGroup),
        U("TDP03", "Tổ dân phố Trại Sơn", UnitKind.ResidentialGroup),
        U("THON01", "Thôn Lạc Dục", UnitKind.ResidentialGroup),
        U("THON02", "Thôn Phù Lưu", UnitKind.ResidentialGroup),
        U("THON03", "Thôn Kim Đới", UnitKind.ResidentialGroup),
        // Merged into Thôn Phù Lưu in mid-2026: keeps its history, not expected to report afterwards.
        U("THON04", "Thôn Quỳnh Khê (đã sáp nhập)", UnitKind.ResidentialGroup, activeTo: new DateOnly(2026, 6, 30)),
        // Opened later in 2026: not expected to report for earlier periods.
        U("TDP04", "Tổ dân phố Đồng Tâm", UnitKind.ResidentialGroup, activeFrom: new DateOnly(2026, 8, 1)),
    ];

    private static Unit U(string code, string name, UnitKind kind, DateOnly? activeFrom = null, DateOnly? activeTo = null, bool submitsReports = true) => new()
    {
        SubmitsReports = submitsReports,
        Code = code,
        Name = name,
        Kind = kind,
        ActiveFrom = activeFrom ?? WardFounded,
        ActiveTo = activeTo,
    };
}
