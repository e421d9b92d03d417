using System.Security.Claims;
using NguyenTrai.DigitalLiteracy.Domain.Users;

namespace NguyenTrai.DigitalLiteracy.Web.Features.Home;

public sealed record HomeTile(string Title, string Description, string Href, string Icon);

public sealed record HomeModel(string DisplayName, string? UnitName, IReadOnlyList<HomeTile> Tiles)
{
    /// <summary>Office, leadership and unit staff see figures on their home; null for administrators.</summary>
    public HomeDashboard? Dashboard { get; init; }

    /// <summary>Leadership's home (headline figures, late units, trend); null for other roles.</summary>
    public LeadershipHome? Leadership { get; init; }

    /// <summary>Shortcuts per role; features add theirs as they arrive.</summary>
    public static IReadOnlyList<HomeTile> TilesFor(ClaimsPrincipal user)
    {
        var tiles = new List<HomeTile>();
        if (user.IsInRole(Roles.Administrator))
        {
            tiles.Add(new("Người dùng", "Tạo tài khoản, gán vai trò và đơn vị, khóa và đặt lại mật khẩu.", "/quan-tri/nguoi-dung", "bi-people"));
            tiles.Add(new("Đơn vị", "Danh sách cơ quan, tổ chức, tổ dân phố báo cáo.", "/quan-tri/don-vi", "bi-building"));
            tiles.Add(new("Phong trào", "Các phong trào, cuộc vận động mà hoạt động phục vụ.", "/quan-tri/phong-trao", "bi-flag"));
            tiles.Add(new("Kỳ báo cáo", "Kỳ báo cáo theo Nghị định 09/2019/NĐ-CP, hạn nộp, khóa kỳ.", "/quan-tri/ky-bao-cao", "bi-calendar-range"));
        }

        return tiles;
    }

    public string Heading(ClaimsPrincipal user) =>
        user.IsInRole(Roles.Administrator) ? "Quản trị hệ thống"
        : user.IsInRole(Roles.CultureOffice) ? "Phòng Văn hóa - Xã hội"
        : user.IsInRole(Roles.Leadership) ? "Lãnh đạo UBND phường"
        : UnitName ?? "Cán bộ đơn vị";
}
