using Microsoft.AspNetCore.Mvc.Rendering;

namespace NguyenTrai.DigitalLiteracy.Web.Features.Entries;

/// <summary>The list page of any entry type (Features/Entries/Index.cshtml).</summary>
public sealed class EntryListPage
{
    public required EntryTypeInfo Info { get; init; }
    public required EntryListQuery Query { get; init; }
    public required IReadOnlyList<EntryTypeFilter> TypeFilters { get; init; }
    public required IReadOnlyList<string> Headers { get; init; }
    public required IReadOnlyList<EntryListRow> Rows { get; init; }
    public required IReadOnlyList<EntryTotal> Totals { get; init; }
    public required int TotalCount { get; init; }
    public required int PageCount { get; init; }
    public required bool AllUnits { get; init; }
    public required bool CanCreate { get; init; }
    public required IReadOnlyList<SelectListItem> Periods { get; init; }
    public required IReadOnlyList<SelectListItem> Campaigns { get; init; }
    public IReadOnlyList<SelectListItem> Units { get; init; } = [];
    public IReadOnlyList<SelectListItem> UnitKinds { get; init; } = [];

    public bool IsFiltered => Query.RouteValues().Any(v => v.Key != nameof(EntryListQuery.Sort) && !string.IsNullOrEmpty(v.Value));

    /// <summary>This list's address with the current filters and some values replaced.</summary>
    public string Url(string? path = null, params (string Key, string? Value)[] changes)
    {
        var values = Query.RouteValues();
        foreach (var (key, value) in changes)
        {
            values[key] = value;
        }

        var query = string.Join("&", values.Where(v => !string.IsNullOrEmpty(v.Value)).Select(v => $"{v.Key}={Uri.EscapeDataString(v.Value!)}"));
        return (path ?? Info.BasePath) + (query.Length > 0 ? "?" + query : "");
    }
}

/// <param name="Unusual">Shown to the office only: a count above its soft limit (<see cref="Domain.Entries.EntryOutliers"/>).</param>
/// <param name="EvidenceCount">Files and links attached: 0 tells the unit (and the reviewer) what still lacks evidence.</param>
public sealed record EntryListRow(int Id, string Title, string Date, string UnitName, IReadOnlyList<string> Cells, bool Unusual = false, int EvidenceCount = 0);

/// <summary>The details page of any entry type (Features/Entries/Details.cshtml).</summary>
public sealed class EntryDetailsPage
{
    public required EntryTypeInfo Info { get; init; }
    public required int Id { get; init; }
    public required string Title { get; init; }
    public required string UnitName { get; init; }
    public required DateOnly Date { get; init; }
    public required IReadOnlyList<KeyValuePair<string, string>> Fields { get; init; }
    public required IReadOnlyList<string> Campaigns { get; init; }
    public string? LockReason { get; init; }
    public bool CanEdit { get; init; }
    public bool CanDelete { get; init; }

    /// <summary>Fields the office should check (soft limit or far above the unit's usual); empty for other readers.</summary>
    public IReadOnlyList<string> UnusualFields { get; init; } = [];

    /// <summary>Null when the user may not see the audit trail (only the office may).</summary>
    public IReadOnlyList<AuditRow>? Audit { get; init; }
}
