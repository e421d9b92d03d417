using Microsoft.AspNetCore.Identity;
using NguyenTrai.DigitalLiteracy.Domain.Units;

namespace NguyenTrai.DigitalLiteracy.Data.Identity;

/// <summary>A portal account. Unit staff belong to exactly one unit; other roles have none.</summary>
public class ApplicationUser : IdentityUser
{
    public string FullName { get; set; } = "";
    public string? JobTitle { get; set; }
    public int? UnitId { get; set; }
    public Unit? Unit { get; set; }
    public DateTime CreatedAtUtc { get; set; }
}
