using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using NguyenTrai.DigitalLiteracy.Domain.Auditing;
using NguyenTrai.DigitalLiteracy.Domain.Entries;
using NguyenTrai.DigitalLiteracy.Web.Features.Entries;

namespace NguyenTrai.DigitalLiteracy.Web.Infrastructure.Auditing;

/// <summary>
/// Writes an AuditEntry for every entry created, changed or (soft-)deleted, whoever saves it. Changes are
/// captured before saving (original values are gone afterwards) and written after it, when new rows have ids.
/// A singleton shared by all contexts, so pending rows are kept per context instance.
/// </summary>
public sealed class AuditInterceptor(IHttpContextAccessor http, TimeProvider time) : SaveChangesInterceptor
{
    // Bookkeeping that changes on every save, not worth an audit line.
    private static readonly HashSet<string> Ignored =
    [
        nameof(Entry.RowVersion), nameof(Entry.ReportingMonth), nameof(Entry.UpdatedAtUtc), nameof(Entry.UpdatedById),
        nameof(Entry.CreatedAtUtc), nameof(Entry.CreatedById), nameof(Entry.IsDeleted), nameof(Entry.DeletedAtUtc), nameof(Entry.DeletedById),
    ];

    private readonly ConditionalWeakTable<DbContext, List<Pending>> pending = [];

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Capture(eventData.Context);
        return base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Capture(eventData.Context);
        return base.SavingChanges(eventData, result);
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (Flush(eventData.Context) is { } context)
        {
            await context.SaveChangesAsync(cancellationToken);
        }

        return await base.SavedChangesAsync(eventData, result, cancellationToken);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Flush(eventData.Context)?.SaveChanges();
        return base.SavedChanges(eventData, result);
    }

    private void Capture(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        var rows = context.ChangeTracker.Entries<Entry>()
            .Where(e => e.State is EntityState.Added or EntityState.Modified)
            .Select(e => new Pending(e, ActionOf(e), ChangesOf(e)))
            .Where(p => p.Action != AuditActions.Updated || p.Changes.Count > 0)
            .ToList();
        if (rows.Count > 0)
        {
            pending.AddOrUpdate(context, rows);
        }
    }

    /// <returns>The context to save again when audit rows were added.</returns>
    private DbContext? Flush(DbContext? context)
    {
        if (context is null || !pending.TryGetValue(context, out var rows))
        {
            return null;
        }

        pending.Remove(context);
        var user = http.HttpContext?.User;
        var now = time.GetUtcNow().UtcDateTime;
        foreach (var row in rows)
        {
            var entry = row.Entry.Entity;
            context.Add(new AuditEntry
            {
                AtUtc = now,
                UserId = CurrentUser.IdOf(user),
                UserName = user?.Identity?.Name,
                Action = row.Action,
                EntityType = entry.GetType().Name,
                EntityId = entry.Id.ToString(CultureInfo.InvariantCulture),
                UnitId = entry.UnitId,
                Summary = entry.Title.Length > 200 ? entry.Title[..200] : entry.Title,
                ChangesJson = row.Changes.Count == 0 ? null : JsonSerializer.Serialize(row.Changes),
            });
        }

        return context;
    }

    private static string ActionOf(EntityEntry<Entry> e) => e.State == EntityState.Added
        ? AuditActions.Created
        : e.Property(x => x.IsDeleted).IsModified && e.Entity.IsDeleted ? AuditActions.Deleted : AuditActions.Updated;

    private static Dictionary<string, AuditValueChange> ChangesOf(EntityEntry<Entry> e)
    {
        var changes = new Dictionary<string, AuditValueChange>();
        foreach (var property in e.Properties.Where(p => !Ignored.Contains(p.Metadata.Name) && !p.Metadata.IsShadowProperty() && !p.Metadata.IsPrimaryKey()))
        {
            var old = e.State == EntityState.Added ? null : EntryValueText.Format(property.OriginalValue);
            var current = EntryValueText.Format(property.CurrentValue);
            if (old != current && !(e.State == EntityState.Added && current.Length == 0))
            {
                changes[property.Metadata.Name] = new AuditValueChange(old, current);
            }
        }

        return changes;
    }

    private sealed record Pending(EntityEntry<Entry> Entry, string Action, Dictionary<string, AuditValueChange> Changes);
}
