namespace NguyenTrai.DigitalLiteracy.Domain.Auditing;

/// <summary>Who did what to which record and when, with old and new values as JSON.</summary>
public class AuditEntry
{
    public long Id { get; set; }
    public DateTime AtUtc { get; set; }
    public string? UserId { get; set; }
    public string? UserName { get; set; }
    public string Action { get; set; } = "";
    public string EntityType { get; set; } = "";
    public string EntityId { get; set; } = "";
    public int? UnitId { get; set; }
    public string? Summary { get; set; }
    public string? ChangesJson { get; set; }
}
