using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using NguyenTrai.DigitalLiteracy.Data;
using NguyenTrai.DigitalLiteracy.Domain.Auditing;
using NguyenTrai.DigitalLiteracy.Web.Infrastructure;
using NguyenTrai.DigitalLiteracy.Web.Infrastructure.Auditing;

namespace NguyenTrai.DigitalLiteracy.Web.Features.Entries;

/// <summary>One audited change as the office reads it on an entry's page.</summary>
public sealed record AuditRow(string At, string UserName, string Action, IReadOnlyList<AuditFieldChange> Changes);

public sealed record AuditFieldChange(string Field, string? Old, string? New);

/// <summary>One audited change of one of a report's entries, for "Thay đổi kể từ lần trả lại".</summary>
public sealed record EntryChange(DateTime AtUtc, string Person, string Action, string EntityType, int EntryId, string Title, IReadOnlyList<AuditFieldChange> Changes);

/// <summary>
/// Reads the audit rows written by <see cref="AuditInterceptor"/> as people read them: who by full name (the account's
/// login name only when the account is gone), fields by their Vietnamese labels, bookkeeping (the unit's id) left out.
/// </summary>
public sealed class AuditTrail(AppDbContext db)
{
    // Recorded for completeness, meaningless to a reader: the unit is the page's unit.
    private static readonly HashSet<string> Hidden = ["UnitId"];

    public async Task<IReadOnlyList<AuditRow>> ForAsync(string entityType, int id, Func<string, string> fieldLabel)
    {
        var key = id.ToString(CultureInfo.InvariantCulture);
        var rows = await db.AuditEntries.AsNoTracking()
            .Where(a => a.EntityType == entityType && a.EntityId == key)
            .OrderByDescending(a => a.AtUtc).ThenByDescending(a => a.Id)
            .ToListAsync();
        var people = await PeopleAsync(rows);
        return [.. rows.Select(a => new AuditRow(
            EntryValueText.Format(a.AtUtc),
            Person(a, people),
            AuditActions.Text(a.Action),
            Changes(a.ChangesJson, fieldLabel)))];
    }

    /// <summary>Changes of the given entries of a unit after <paramref name="sinceUtc"/>, oldest first.</summary>
    public async Task<IReadOnlyList<EntryChange>> ForEntriesAsync(int unitId, IReadOnlyCollection<int> entryIds, DateTime sinceUtc, Func<string, string, string> fieldLabel)
    {
        var keys = entryIds.Select(i => i.ToString(CultureInfo.InvariantCulture)).ToList();
        var rows = await db.AuditEntries.AsNoTracking()
            .Where(a => a.UnitId == unitId && a.AtUtc > sinceUtc && keys.Contains(a.EntityId))
            .OrderBy(a => a.AtUtc).ThenBy(a => a.Id)
            .ToListAsync();
        var people = await PeopleAsync(rows);
        return [.. rows.Select(a => new EntryChange(a.AtUtc, Person(a, people), a.Action, a.EntityType,
            int.Parse(a.EntityId, CultureInfo.InvariantCulture), a.Summary ?? "",
            a.Action == AuditActions.Updated ? Changes(a.ChangesJson, p => fieldLabel(a.EntityType, p)) : []))];
    }

    private async Task<Dictionary<string, string>> PeopleAsync(IEnumerable<AuditEntry> rows)
    {
        var ids = rows.Select(a => a.UserId).OfType<string>().Distinct().ToList();
        return await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.FullName);
    }

    private static string Person(AuditEntry row, Dictionary<string, string> people) =>
        row.UserId is { } id && people.TryGetValue(id, out var name) && name.Length > 0 ? name : row.UserName ?? "";

    private static List<AuditFieldChange> Changes(string? json, Func<string, string> fieldLabel)
    {
        if (string.IsNullOrEmpty(json))
        {
            return [];
        }

        var changes = JsonSerializer.Deserialize<Dictionary<string, AuditValueChange>>(json) ?? [];
        return [.. changes.Where(c => !Hidden.Contains(c.Key)).Select(c => new AuditFieldChange(fieldLabel(c.Key), c.Value.Old, c.Value.New))];
    }
}
