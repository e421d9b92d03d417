namespace NguyenTrai.DigitalLiteracy.Web.Infrastructure.Auditing;

/// <summary>The values of AuditEntry.Action and how they read in Vietnamese.</summary>
public static class AuditActions
{
    public const string Created = nameof(Created);
    public const string Updated = nameof(Updated);
    public const string Deleted = nameof(Deleted);

    public static string Text(string action) => action switch
    {
        Created => "Tạo mới",
        Updated => "Sửa",
        Deleted => "Xóa",
        _ => action,
    };
}

/// <summary>One property's values before and after, as stored in AuditEntry.ChangesJson.</summary>
public sealed record AuditValueChange(string? Old, string? New);
