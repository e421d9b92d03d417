using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using NguyenTrai.DigitalLiteracy.Domain.Entries;

namespace NguyenTrai.DigitalLiteracy.Web.Features.Entries;

/// <summary>
/// The list and details pages of one entry type, in the user's scope: a page of rows with their evidence counts and
/// the filtered totals; the details with the lock, the office's audit trail and its outlier hints.
/// </summary>
public sealed class EntryPageBuilder<TEntry>(EntryServices services, EntryTypeInfo info, IReadOnlyList<EntryColumn<TEntry>> columns, Func<string, string> fieldLabel)
    where TEntry : Entry
{
    public async Task<EntryListPage> ListAsync(
        IQueryable<TEntry> filtered, EntryListQuery query, IReadOnlyList<EntryTypeFilter> typeFilters, Func<IQueryable<TEntry>, Task<IReadOnlyList<EntryTotal>>> sums)
    {
        var count = await filtered.CountAsync();
        var pageCount = Math.Max(1, (count + EntryListQuery.PageSize - 1) / EntryListQuery.PageSize);
        query.Page = Math.Clamp(query.Page, 1, pageCount);
        var entries = await EntrySorting.Sort(filtered, query.Sort).Include(e => e.Unit)
            .Skip((query.Page - 1) * EntryListQuery.PageSize).Take(EntryListQuery.PageSize).ToListAsync();
        var shownIds = entries.Select(e => e.Id).ToList();
        var evidence = await services.Db.Attachments.AsNoTracking().Where(a => shownIds.Contains(a.EntryId))
            .GroupBy(a => a.EntryId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count);
        var listColumns = columns.Where(c => c.InList).ToList();
        var allUnits = !services.User.IsUnitStaff;
        return new EntryListPage
        {
            Info = info,
            Query = query,
            TypeFilters = typeFilters,
            Headers = [.. listColumns.Select(c => c.Header)],
            Rows = [.. entries.Select(e => new EntryListRow(e.Id, e.Title, EntryValueText.Format(e.Date), e.Unit?.Name ?? "", [.. listColumns.Select(c => c.Text(e))],
                services.User.IsOffice && EntryOutliers.Check(e).Count > 0, evidence.GetValueOrDefault(e.Id)))],
            Totals = [new EntryTotal("Số hoạt động", count), .. count == 0 ? [] : await sums(filtered)],
            TotalCount = count,
            PageCount = pageCount,
            AllUnits = allUnits,
            CanCreate = services.User.IsUnitStaff,
            Periods = await services.Lookups.PeriodsAsync(query.PeriodId),
            Campaigns = await services.Lookups.CampaignsAsync(query.CampaignId),
            Units = allUnits ? await services.Lookups.UnitsAsync(query.UnitId) : [],
            UnitKinds = allUnits ? EntryLookups.UnitKinds(query.UnitKind) : [],
        };
    }

    /// <param name="mayChange">The user may update the entry (unit staff of its unit).</param>
    /// <param name="mayDelete">The user may delete it.</param>
    public async Task<EntryDetailsPage> DetailsAsync(TEntry entry, bool mayChange, bool mayDelete)
    {
        var lockReason = await services.Guard.WhyLockedAsync(entry.UnitId, entry.Date);
        return new EntryDetailsPage
        {
            Info = info,
            Id = entry.Id,
            Title = entry.Title,
            UnitName = entry.Unit?.Name ?? "",
            Date = entry.Date,
            Fields = [new("Đơn vị", entry.Unit?.Name ?? ""), new("Ngày", EntryValueText.Format(entry.Date)), .. columns.Select(c => new KeyValuePair<string, string>(c.Header, c.Text(entry)))],
            Campaigns = [.. entry.Campaigns.OrderBy(c => c.SortOrder).Select(c => c.Name)],
            LockReason = lockReason,
            CanEdit = mayChange && lockReason is null,
            CanDelete = mayChange && lockReason is null && mayDelete,
            Audit = services.User.IsOffice ? await services.Audit.ForAsync(typeof(TEntry).Name, entry.Id, fieldLabel) : null,
            UnusualFields = services.User.IsOffice ? EntryOutliers.Check(entry, await UnitHistoryAsync(entry)) : [],
        };
    }

    /// <summary>The export of the filtered list, every column.</summary>
    public async Task<byte[]> ExportAsync(IQueryable<TEntry> filtered, EntryListQuery query) =>
        EntryExcel.Write(await EntrySorting.Sort(filtered, query.Sort).Include(e => e.Unit).Include(e => e.Campaigns).AsSplitQuery().ToListAsync(), columns);

    /// <summary>The unit's latest other entries of this type: what it "usually" records.</summary>
    private async Task<List<TEntry>> UnitHistoryAsync(TEntry entry) =>
        await services.Db.Set<TEntry>().AsNoTracking().Where(e => e.UnitId == entry.UnitId && e.Id != entry.Id)
            .OrderByDescending(e => e.Date).Take(200).ToListAsync();
}

/// <summary>The Vietnamese name of a property for the audit trail: the form's [Display] name when it has one.</summary>
public static class EntryLabels
{
    public static Func<string, string> Of(Type form, IModelMetadataProvider metadata) => property =>
        form.GetProperty(property) is not null ? metadata.GetMetadataForProperty(form, property).GetDisplayName() : property;
}
