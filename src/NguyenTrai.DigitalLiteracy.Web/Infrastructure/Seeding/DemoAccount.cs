namespace NguyenTrai.DigitalLiteracy.Web.Infrastructure.Seeding;

public sealed record DemoAccount(string UserName, string FullName, string Role, string? UnitCode, string Description, string Password);

/// <summary>The demo accounts shown on the sign-in page, in Development only; empty everywhere else.</summary>
public sealed class DemoAccountsNotice(IHostEnvironment environment)
{
    public const string Password = "HocVuSo-NguyenTrai-2025";

    public static readonly IReadOnlyList<DemoAccount> All =
    [
        new("quantri", "Nguyễn Văn Quân", Domain.Users.Roles.Administrator, null, "Quản trị hệ thống", Password),
        new("vhxh", "Trần Thị Hoa", Domain.Users.Roles.CultureOffice, null, "Chuyên viên Phòng Văn hóa - Xã hội", Password),
        new("vhxh2", "Bùi Quang Huy", Domain.Users.Roles.CultureOffice, null, "Phó Trưởng phòng Văn hóa - Xã hội", Password),
        new("lanhdao", "Lê Văn Khoa", Domain.Users.Roles.Leadership, null, "Phó Chủ tịch UBND phường", Password),
        new("hpn.canbo", "Phạm Thị Lan", Domain.Users.Roles.UnitStaff, "HPN", "Cán bộ Hội Liên hiệp Phụ nữ phường", Password),
        new("dtn.canbo", "Vũ Minh Đức", Domain.Users.Roles.UnitStaff, "DTN", "Cán bộ Đoàn Thanh niên phường", Password),
        new("thon01.canbo", "Đỗ Văn Hùng", Domain.Users.Roles.UnitStaff, "THON01", "Trưởng thôn Lạc Dục", Password),
    ];

    public IReadOnlyList<DemoAccount> Accounts => environment.IsDevelopment() ? All : [];
}
