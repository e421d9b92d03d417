using System.Linq.Expressions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using NguyenTrai.DigitalLiteracy.Domain.Entries;
using NguyenTrai.DigitalLiteracy.Domain.Users;
using NguyenTrai.DigitalLiteracy.Web.Infrastructure;
using NguyenTrai.DigitalLiteracy.Web.Infrastructure.Authorization;
using NguyenTrai.DigitalLiteracy.Web.Infrastructure.Requests;

namespace NguyenTrai.DigitalLiteracy.Web.Features.Entries;

/// <summary>
/// List, details, create, edit, soft delete and export for one entry type. A derived controller supplies its
/// route, columns, type filter and totals; everything about scope, locks, authorization and audit lives here once.
/// </summary>
[Authorize(Roles = Roles.UnitStaff + "," + Roles.CultureOffice + "," + Roles.Leadership)]
public abstract class EntriesController<TEntry, TForm, TQuery>(EntryServices services) : Controller
    where TEntry : Entry, new()
    where TForm : EntryForm<TEntry>, new()
    where TQuery : EntryListQuery
{
    private const string ViewFolder = "~/Features/Entries/";

    protected abstract EntryTypeInfo Info { get; }

    /// <summary>Every type-specific field, for details and export; those marked InList are list columns too.</summary>
    protected abstract IReadOnlyList<EntryColumn<TEntry>> Columns { get; }

    protected abstract IReadOnlyList<EntryTypeFilter> TypeFilters(TQuery query);

    protected abstract IQueryable<TEntry> FilterByType(IQueryable<TEntry> entries, TQuery query);

    /// <summary>Free-text search over the type's text fields.</summary>
    protected abstract Expression<Func<TEntry, bool>> Matches(string text);

    /// <summary>Sums of the filtered rows after the count, e.g. participants.</summary>
    protected abstract Task<IReadOnlyList<EntryTotal>> SumsAsync(IQueryable<TEntry> filtered);

    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] TQuery query) =>
        View(ViewFolder + "Index.cshtml", await Pages.ListAsync(await FilteredAsync(query), query, TypeFilters(query), SumsAsync));

    [HttpGet("xuat-excel")]
    public async Task<IActionResult> Export([FromQuery] TQuery query) =>
        File(await Pages.ExportAsync(await FilteredAsync(query), query), EntryExcel.ContentType, $"{Info.FileName}-{services.Clock.Today:yyyyMMdd}.xlsx");

    [HttpGet("{id:int}")]
    public Task<IActionResult> Details(int id) => WithEntryAsync(Read.Include(e => e.Unit), id, Operations.Read, async entry =>
        View(ViewFolder + "Details.cshtml", await Pages.DetailsAsync(entry, await IsAllowedAsync(entry, Operations.Update), await IsAllowedAsync(entry, Operations.Delete))));

    [HttpGet("tao-moi")]
    [Authorize(Policy = Policies.UnitStaff)]
    public async Task<IActionResult> Create() =>
        await IsAllowedAsync(NewEntry(), Operations.Create) ? await FormViewAsync(new TForm { Date = services.Clock.Today }) : Forbid();

    [HttpPost("tao-moi")]
    [Authorize(Policy = Policies.UnitStaff)]
    [BodyLimit(BodyLimit.Evidence)]
    public async Task<IActionResult> Create(TForm form, CancellationToken cancellationToken)
    {
        var entry = NewEntry();
        if (!await IsAllowedAsync(entry, Operations.Create))
        {
            return Forbid();
        }

        if (!await Editor.TryCreateAsync(form, entry, cancellationToken))
        {
            return await FormViewAsync(form);
        }

        TempData.Success($"Đã lưu {Info.Singular} \"{entry.Title}\"" + (form.Photo is { Length: > 0 } ? " cùng ảnh minh chứng." : "."));
        return RedirectToAction(nameof(Details), new { id = entry.Id });
    }

    /// <summary>The form as saved; a locked period is said on the date field before the user types anything.</summary>
    [HttpGet("{id:int}/sua")]
    [Authorize(Policy = Policies.UnitStaff)]
    public Task<IActionResult> Edit(int id) => WithEntryAsync(Read, id, Operations.Update, async entry =>
    {
        var form = new TForm();
        form.CopyFrom(entry);
        await Editor.SayIfLockedAsync(entry);
        return await FormViewAsync(form);
    });

    [HttpPost("{id:int}/sua")]
    [Authorize(Policy = Policies.UnitStaff)]
    public Task<IActionResult> Edit(int id, TForm form) => WithEntryAsync(services.Db.Set<TEntry>().Include(e => e.Campaigns), id, Operations.Update, async entry =>
    {
        form.Id = id;
        var (saved, shown) = await Editor.TryUpdateAsync(form, entry);
        if (!saved)
        {
            return await FormViewAsync(shown);
        }

        TempData.Success($"Đã cập nhật {Info.Singular} \"{entry.Title}\".");
        return RedirectToAction(nameof(Details), new { id });
    });

    [HttpPost("{id:int}/xoa")]
    [Authorize(Policy = Policies.UnitStaff)]
    public Task<IActionResult> Delete(int id) => WithEntryAsync(services.Db.Set<TEntry>(), id, Operations.Delete, async entry =>
    {
        if (await Editor.TryDeleteAsync(entry) is { } refusal)
        {
            TempData.Error(refusal);
            return RedirectToAction(nameof(Details), new { id });
        }

        TempData.Success($"Đã xóa {Info.Singular} \"{entry.Title}\".");
        return Redirect(Info.BasePath);
    });

    /// <summary>Loads the entry, 404 when it does not exist, 403 when the user may not do this to it; otherwise acts.</summary>
    private async Task<IActionResult> WithEntryAsync(IQueryable<TEntry> source, int id, OperationAuthorizationRequirement operation, Func<TEntry, Task<IActionResult>> act)
    {
        var entry = await source.FirstOrDefaultAsync(e => e.Id == id);
        return entry is null ? NotFound() : await IsAllowedAsync(entry, operation) ? await act(entry) : Forbid();
    }

    /// <summary>No-tracking with the entry's movements: what the details and the form show.</summary>
    private IQueryable<TEntry> Read => services.Db.Set<TEntry>().AsNoTracking().Include(e => e.Campaigns);

    private TEntry NewEntry() => new() { UnitId = services.User.UnitId ?? 0 };

    private async Task<bool> IsAllowedAsync(TEntry entry, OperationAuthorizationRequirement operation) =>
        (await services.Authorization.AuthorizeAsync(User, entry, operation)).Succeeded;

    private EntryPageBuilder<TEntry> Pages => new(services, Info, Columns, EntryLabels.Of(typeof(TForm), MetadataProvider));

    private EntryEditor<TEntry, TForm> Editor => new(services, ModelState);

    private async Task<IQueryable<TEntry>> FilteredAsync(TQuery query) =>
        await new EntryFilter<TEntry>(services).ApplyAsync(FilterByType(services.Db.Set<TEntry>().AsNoTracking(), query), query, Matches);

    private async Task<IActionResult> FormViewAsync(TForm form)
    {
        form.CampaignOptions = await services.Lookups.CampaignOptionsAsync(form.CampaignIds);
        form.MaxPhotoBytes = services.Evidence.MaxFileBytes;
        ViewData[nameof(EntryTypeInfo)] = Info;
        return View(ViewFolder + "Form.cshtml", form);
    }
}
