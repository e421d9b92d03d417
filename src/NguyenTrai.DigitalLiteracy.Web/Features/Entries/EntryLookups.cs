using NguyenTrai.DigitalLiteracy.Reporting.Rules;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using NguyenTrai.DigitalLiteracy.Data;
using NguyenTrai.DigitalLiteracy.Domain.Units;

namespace NguyenTrai.DigitalLiteracy.Web.Features.Entries;

/// <summary>Options of the list filters and of the forms' campaign checkboxes.</summary>
public sealed class EntryLookups(AppDbContext db)
{
    public async Task<List<SelectListItem>> PeriodsAsync(int? selected) =>
        [.. (await db.ReportingPeriods.AsNoTracking().OrderByDescending(p => p.StartDate).ThenBy(p => p.Kind)
            .Select(p => new { p.Id, p.Name }).ToListAsync())
            .Select(p => new SelectListItem(p.Name, p.Id.ToString(Invariant), p.Id == selected))];

    public async Task<List<SelectListItem>> CampaignsAsync(int? selected) =>
        [.. (await db.Campaigns.AsNoTracking().OrderBy(c => c.SortOrder).Select(c => new { c.Id, c.Name }).ToListAsync())
            .Select(c => new SelectListItem(c.Name, c.Id.ToString(Invariant), c.Id == selected))];

    public async Task<List<SelectListItem>> UnitsAsync(int? selected) =>
        [.. (await db.Units.AsNoTracking().Select(u => new { u.Id, u.Kind, u.Name }).ToListAsync())
            .OrderBy(u => u.Kind).ThenBy(u => u.Name, ReportingReference.VietnameseOrder)
            .Select(u => new SelectListItem(u.Name, u.Id.ToString(Invariant), u.Id == selected))];

    public static List<SelectListItem> UnitKinds(UnitKind? selected) => EntryTypeFilter.Of("UnitKind", "", selected).Options.ToList();

    public async Task<IReadOnlyList<CheckboxOption>> CampaignOptionsAsync(IReadOnlyCollection<int> ticked) =>
        [.. (await db.Campaigns.AsNoTracking().Where(c => c.IsActive || ticked.Contains(c.Id)).OrderBy(c => c.SortOrder)
            .Select(c => new { c.Id, c.Name }).ToListAsync())
            .Select(c => new CheckboxOption(c.Id.ToString(Invariant), c.Name, ticked.Contains(c.Id)))];

    private static readonly IFormatProvider Invariant = System.Globalization.CultureInfo.InvariantCulture;
}
