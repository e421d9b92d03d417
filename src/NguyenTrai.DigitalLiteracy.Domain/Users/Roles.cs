namespace NguyenTrai.DigitalLiteracy.Domain.Users;

/// <summary>The four roles of DOMAIN.md; names are stable identifiers stored in the database.</summary>
public static class Roles
{
    public const string Administrator = "Administrator";
    public const string CultureOffice = "CultureOffice";
    public const string Leadership = "Leadership";
    public const string UnitStaff = "UnitStaff";

    public static readonly IReadOnlyList<string> All = [Administrator, CultureOffice, Leadership, UnitStaff];

    public static string DisplayName(string role) => role switch
    {
        Administrator => "Quản trị hệ thống",
        CultureOffice => "Phòng Văn hóa - Xã hội",
        Leadership => "Lãnh đạo UBND phường",
        UnitStaff => "Cán bộ đơn vị",
        _ => role,
    };
}
