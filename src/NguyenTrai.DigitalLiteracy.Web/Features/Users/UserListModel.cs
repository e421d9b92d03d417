namespace NguyenTrai.DigitalLiteracy.Web.Features.Users;

public sealed record UserRow(string Id, string UserName, string FullName, string? JobTitle, string? Role, string? UnitName, DateTimeOffset? LockoutEnd)
{
    public bool IsLockedAt(DateTimeOffset now) => LockoutEnd is { } end && end > now;
}

/// <summary>The user list with its filters, kept in the query string so paging keeps them.</summary>
public sealed class UserListModel
{
    public const int PageSize = 20;

    public string? Role { get; set; }
    public int? UnitId { get; set; }
    public string? Q { get; set; }
    public int Page { get; set; } = 1;

    public IReadOnlyList<UserRow> Rows { get; set; } = [];
    public int Total { get; set; }
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
    public DateTimeOffset Now { get; set; }
    public IReadOnlyList<UnitOption> Units { get; set; } = [];

    public Dictionary<string, string> RouteFor(int page) => new()
    {
        ["role"] = Role ?? "",
        ["unitId"] = UnitId?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "",
        ["q"] = Q ?? "",
        ["page"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}

public sealed record UnitOption(int Id, string Name, bool IsClosed);
