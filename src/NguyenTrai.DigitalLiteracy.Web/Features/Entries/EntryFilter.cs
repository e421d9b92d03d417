using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using NguyenTrai.DigitalLiteracy.Domain.Common;
using NguyenTrai.DigitalLiteracy.Domain.Entries;
using NguyenTrai.DigitalLiteracy.Reporting.Rules;

namespace NguyenTrai.DigitalLiteracy.Web.Features.Entries;

/// <summary>
/// The filters every entry list shares, in the user's scope: unit staff only ever see their own unit, whatever
/// the query string says; the office and leadership see all units and may narrow by unit and unit kind.
/// </summary>
public sealed class EntryFilter<TEntry>(EntryServices services) where TEntry : Entry
{
    public async Task<IQueryable<TEntry>> ApplyAsync(IQueryable<TEntry> entries, EntryListQuery query, Func<string, Expression<Func<TEntry, bool>>> matches)
    {
        if (services.User.IsUnitStaff)
        {
            var own = services.User.UnitId ?? -1;
            entries = entries.Where(e => e.UnitId == own);
        }
        else
        {
            entries = query.UnitId is { } unitId ? entries.Where(e => e.UnitId == unitId) : entries;
            entries = query.UnitKind is { } kind ? entries.Where(e => e.Unit!.Kind == kind) : entries;
        }

        if (query.PeriodId is { } periodId)
        {
            var window = await services.Db.ReportingPeriods.AsNoTracking().Where(p => p.Id == periodId)
                .Select(p => new { p.StartDate, p.EndDate }).FirstOrDefaultAsync();
            entries = window is null ? entries.Where(e => false) : entries.Where(e => e.Date >= window.StartDate && e.Date <= window.EndDate);
        }

        entries = query.CampaignId is { } campaignId ? entries.Where(e => e.Campaigns.Any(c => c.Id == campaignId)) : entries;
        entries = query.Official ? OfficialEntries.Filter(services.Db, entries, query.IncludeSubmitted) : entries;
        entries = query.FromDate is { } from ? entries.Where(e => e.Date >= from) : entries;
        entries = query.ToDate is { } to ? entries.Where(e => e.Date <= to) : entries;
        return VietnameseText.Normalize(query.Q) is { Length: > 0 } text ? entries.Where(matches(text)) : entries;
    }
}

/// <summary>Sort keys of every entry list.</summary>
public static class EntrySorting
{
    /// <summary>Sort keys of the list: "date-desc" (default, newest first), "date", "title", "unit".</summary>
    public static IQueryable<TEntry> Sort<TEntry>(IQueryable<TEntry> entries, string? sort) where TEntry : Entry => sort switch
    {
        "date" => entries.OrderBy(e => e.Date).ThenBy(e => e.Id),
        "title" => entries.OrderBy(e => e.Title).ThenByDescending(e => e.Date).ThenBy(e => e.Id),
        "unit" => entries.OrderBy(e => e.Unit!.Name).ThenByDescending(e => e.Date).ThenBy(e => e.Id),
        _ => entries.OrderByDescending(e => e.Date).ThenByDescending(e => e.Id),
    };
}
