using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using NguyenTrai.DigitalLiteracy.Data;
using NguyenTrai.DigitalLiteracy.Web.Infrastructure;
using NguyenTrai.DigitalLiteracy.Web.Infrastructure.Auditing;

namespace NguyenTrai.DigitalLiteracy.Web.Features.Entries;

/// <summary>One audited change as the office reads it on an entry's page.</summary>
public sealed record AuditRow(string At, string UserName, string Action, IReadOnlyList<AuditFieldChange> Changes);

public sealed record AuditFieldChange(string Field, string? Old, string? New);

/// <summary>Reads the audit rows written by <see cref="AuditInterceptor"/> for one record, newest first.</summary>
public sealed class AuditTrail(AppDbContext db)
{
    public async Task<IReadOnlyList<AuditRow>> ForAsync(string entityType, int id, Func<string, string> fieldLabel)
    {
        var key = id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var rows = await db.AuditEntries.AsNoTracking()
            .Where(a => a.EntityType == entityType && a.EntityId == key)
            .OrderByDescending(a => a.AtUtc).ThenByDescending(a => a.Id)
            .ToListAsync();
        return [.. rows.Select(a => new AuditRow(
            EntryValueText.Format(a.AtUtc),
            a.UserName ?? "",
            AuditActions.Text(a.Action),
            Changes(a.ChangesJson, fieldLabel)))];
    }

    private static List<AuditFieldChange> Changes(string? json, Func<string, string> fieldLabel)
    {
        if (string.IsNullOrEmpty(json))
        {
            return [];
        }

        var changes = JsonSerializer.Deserialize<Dictionary<string, AuditValueChange>>(json) ?? [];
        return [.. changes.Select(c => new AuditFieldChange(fieldLabel(c.Key), c.Value.Old, c.Value.New))];
    }
}
