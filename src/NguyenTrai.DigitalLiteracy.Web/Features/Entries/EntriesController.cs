using NguyenTrai.DigitalLiteracy.Data;
using System.Linq.Expressions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
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

    protected EntryServices Services => services;

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
    public async Task<IActionResult> Index([FromQuery] TQuery query)
    {
        var filtered = await new EntryFilter<TEntry>(services).ApplyAsync(FilterByType(services.Db.Set<TEntry>().AsNoTracking(), query), query, Matches);
        var count = await filtered.CountAsync();
        var pageCount = Math.Max(1, (count + EntryListQuery.PageSize - 1) / EntryListQuery.PageSize);
        query.Page = Math.Clamp(query.Page, 1, pageCount);
        var entries = await EntrySorting.Sort(filtered, query.Sort).Include(e => e.Unit)
            .Skip((query.Page - 1) * EntryListQuery.PageSize).Take(EntryListQuery.PageSize).ToListAsync();
        var shownIds = entries.Select(e => e.Id).ToList();
        var evidence = await services.Db.Attachments.AsNoTracking().Where(a => shownIds.Contains(a.EntryId))
            .GroupBy(a => a.EntryId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count);
        var listColumns = Columns.Where(c => c.InList).ToList();
        var allUnits = !services.User.IsUnitStaff;
        return View(ViewFolder + "Index.cshtml", new EntryListPage
        {
            Info = Info,
            Query = query,
            TypeFilters = TypeFilters(query),
            Headers = [.. listColumns.Select(c => c.Header)],
            Rows = [.. entries.Select(e => new EntryListRow(e.Id, e.Title, EntryValueText.Format(e.Date), e.Unit?.Name ?? "", [.. listColumns.Select(c => c.Text(e))],
                services.User.IsOffice && EntryOutliers.Check(e).Count > 0, evidence.GetValueOrDefault(e.Id)))],
            Totals = [new EntryTotal("Số hoạt động", count), .. count == 0 ? [] : await SumsAsync(filtered)],
            TotalCount = count,
            PageCount = pageCount,
            AllUnits = allUnits,
            CanCreate = services.User.IsUnitStaff,
            Periods = await services.Lookups.PeriodsAsync(query.PeriodId),
            Campaigns = await services.Lookups.CampaignsAsync(query.CampaignId),
            Units = allUnits ? await services.Lookups.UnitsAsync(query.UnitId) : [],
            UnitKinds = allUnits ? EntryLookups.UnitKinds(query.UnitKind) : [],
        });
    }

    [HttpGet("xuat-excel")]
    public async Task<IActionResult> Export([FromQuery] TQuery query)
    {
        var filtered = await new EntryFilter<TEntry>(services).ApplyAsync(FilterByType(services.Db.Set<TEntry>().AsNoTracking(), query), query, Matches);
        var entries = await EntrySorting.Sort(filtered, query.Sort).Include(e => e.Unit).Include(e => e.Campaigns).AsSplitQuery().ToListAsync();
        var file = EntryExcel.Write(entries, Columns);
        return File(file, EntryExcel.ContentType, $"{Info.FileName}-{services.Clock.Today:yyyyMMdd}.xlsx");
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Details(int id)
    {
        var entry = await services.Db.Set<TEntry>().AsNoTracking().Include(e => e.Unit).Include(e => e.Campaigns).FirstOrDefaultAsync(e => e.Id == id);
        if (entry is null)
        {
            return NotFound();
        }

        if (!await IsAllowedAsync(entry, Operations.Read))
        {
            return Forbid();
        }

        var mayChange = await IsAllowedAsync(entry, Operations.Update);
        var lockReason = await services.Guard.WhyLockedAsync(entry.UnitId, entry.Date);
        return View(ViewFolder + "Details.cshtml", new EntryDetailsPage
        {
            Info = Info,
            Id = entry.Id,
            Title = entry.Title,
            UnitName = entry.Unit?.Name ?? "",
            Date = entry.Date,
            Fields = [new("Đơn vị", entry.Unit?.Name ?? ""), new("Ngày", EntryValueText.Format(entry.Date)), .. Columns.Select(c => new KeyValuePair<string, string>(c.Header, c.Text(entry)))],
            Campaigns = [.. entry.Campaigns.OrderBy(c => c.SortOrder).Select(c => c.Name)],
            LockReason = lockReason,
            CanEdit = mayChange && lockReason is null,
            CanDelete = mayChange && lockReason is null && await IsAllowedAsync(entry, Operations.Delete),
            Audit = services.User.IsOffice ? await services.Audit.ForAsync(typeof(TEntry).Name, entry.Id, FieldLabel) : null,
            UnusualFields = services.User.IsOffice ? EntryOutliers.Check(entry, await UnitHistoryAsync(entry)) : [],
        });
    }

    [HttpGet("tao-moi")]
    [Authorize(Policy = Policies.UnitStaff)]
    public async Task<IActionResult> Create()
    {
        if (!await IsAllowedAsync(NewEntry(), Operations.Create))
        {
            return Forbid();
        }

        return await FormViewAsync(new TForm { Date = services.Clock.Today });
    }

    /// <summary>Saves the entry, and its photo (if one was chosen) as evidence in the same save; a refused photo saves nothing.</summary>
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

        if (!await TryApplyAsync(form, entry, currentDate: null))
        {
            if (form.Photo is { Length: > 0 })
            {
                ModelState.AddModelError(nameof(EntryForm.Photo), "Vui lòng chọn lại ảnh: trình duyệt không giữ tệp đã chọn khi biểu mẫu còn lỗi.");
            }

            return await FormViewAsync(form);
        }

        entry.CreatedAtUtc = services.Clock.UtcNow;
        entry.CreatedById = services.User.Id;
        services.Db.Add(entry);
        if (form.Photo is { Length: > 0 } photo)
        {
            // The evidence service adds the attachment to the entry and saves both at once, or refuses before saving.
            if (await services.Evidence.AddFileAsync(entry, photo, form.PhotoCaption, cancellationToken) is { } refused)
            {
                services.Db.Entry(entry).State = EntityState.Detached;
                ModelState.AddModelError(nameof(EntryForm.Photo), refused + " Hoạt động chưa được lưu; vui lòng chọn ảnh khác hoặc bỏ trống ô ảnh.");
                return await FormViewAsync(form);
            }
        }
        else
        {
            await services.Db.SaveChangesAsync(cancellationToken);
        }

        TempData.Success($"Đã lưu {Info.Singular} \"{entry.Title}\"" + (form.Photo is { Length: > 0 } ? " cùng ảnh minh chứng." : "."));
        return RedirectToAction(nameof(Details), new { id = entry.Id });
    }

    [HttpGet("{id:int}/sua")]
    [Authorize(Policy = Policies.UnitStaff)]
    public async Task<IActionResult> Edit(int id)
    {
        var entry = await services.Db.Set<TEntry>().AsNoTracking().Include(e => e.Campaigns).FirstOrDefaultAsync(e => e.Id == id);
        if (entry is null)
        {
            return NotFound();
        }

        if (!await IsAllowedAsync(entry, Operations.Update))
        {
            return Forbid();
        }

        var form = new TForm();
        form.CopyFrom(entry);
        if (await services.Guard.WhyLockedAsync(entry.UnitId, entry.Date) is { } reason)
        {
            ModelState.AddModelError(nameof(EntryForm.Date), reason);
        }

        return await FormViewAsync(form);
    }

    [HttpPost("{id:int}/sua")]
    [Authorize(Policy = Policies.UnitStaff)]
    public async Task<IActionResult> Edit(int id, TForm form)
    {
        var entry = await services.Db.Set<TEntry>().Include(e => e.Campaigns).FirstOrDefaultAsync(e => e.Id == id);
        if (entry is null)
        {
            return NotFound();
        }

        if (!await IsAllowedAsync(entry, Operations.Update))
        {
            return Forbid();
        }

        form.Id = id;
        if (!await TryApplyAsync(form, entry, entry.Date))
        {
            return await FormViewAsync(form);
        }

        entry.UpdatedAtUtc = services.Clock.UtcNow;
        entry.UpdatedById = services.User.Id;
        // A missing or malformed token counts as stale: better a refused save than a silent overwrite.
        if (!await services.Db.TrySaveAsync(entry, form.RowVersion, ModelState))
        {
            var latest = new TForm();
            latest.CopyFrom(await services.Db.Set<TEntry>().AsNoTracking().Include(e => e.Campaigns).FirstAsync(e => e.Id == id));
            return await FormViewAsync(latest);
        }

        TempData.Success($"Đã cập nhật {Info.Singular} \"{entry.Title}\".");
        return RedirectToAction(nameof(Details), new { id });
    }

    [HttpPost("{id:int}/xoa")]
    [Authorize(Policy = Policies.UnitStaff)]
    public async Task<IActionResult> Delete(int id)
    {
        var entry = await services.Db.Set<TEntry>().FirstOrDefaultAsync(e => e.Id == id);
        if (entry is null)
        {
            return NotFound();
        }

        if (!await IsAllowedAsync(entry, Operations.Delete))
        {
            return Forbid();
        }

        if (await services.Guard.WhyLockedAsync(entry.UnitId, entry.Date) is { } reason)
        {
            TempData.Error(reason);
            return RedirectToAction(nameof(Details), new { id });
        }

        entry.SoftDelete(services.User.Id, services.Clock.UtcNow);
        await services.Db.SaveChangesAsync();
        TempData.Success($"Đã xóa {Info.Singular} \"{entry.Title}\".");
        return Redirect(Info.BasePath);
    }

    /// <summary>The unit's latest other entries of this type: what it "usually" records.</summary>
    private async Task<List<TEntry>> UnitHistoryAsync(TEntry entry) =>
        await services.Db.Set<TEntry>().AsNoTracking().Where(e => e.UnitId == entry.UnitId && e.Id != entry.Id)
            .OrderByDescending(e => e.Date).Take(200).ToListAsync();

    private TEntry NewEntry() => new() { UnitId = services.User.UnitId ?? 0 };

    private async Task<bool> IsAllowedAsync(TEntry entry, OperationAuthorizationRequirement operation) =>
        (await services.Authorization.AuthorizeAsync(User, entry, operation)).Succeeded;

    /// <summary>
    /// Copies the form onto the entry and checks everything attributes cannot: the entity's own rules and
    /// the period lock for the old and the new date. False leaves nothing saved.
    /// </summary>
    private async Task<bool> TryApplyAsync(TForm form, TEntry entry, DateOnly? currentDate)
    {
        if (currentDate is { } old && await services.Guard.WhyLockedAsync(entry.UnitId, old) is { } oldReason)
        {
            ModelState.AddModelError(nameof(EntryForm.Date), oldReason);
            return false;
        }

        form.CopyTo(entry);
        foreach (var (property, message) in entry.Validate())
        {
            // The form's own attribute already said it (e.g. the same limit): one message per field.
            if (ModelState.GetFieldValidationState(property) != ModelValidationState.Invalid)
            {
                ModelState.AddModelError(property, message);
            }
        }

        if (form.Date is { } date && ModelState.GetFieldValidationState(nameof(EntryForm.Date)) != Microsoft.AspNetCore.Mvc.ModelBinding.ModelValidationState.Invalid
            && await services.Guard.WhyLockedAsync(entry.UnitId, date) is { } reason)
        {
            ModelState.AddModelError(nameof(EntryForm.Date), reason);
        }

        if (!ModelState.IsValid)
        {
            return false;
        }

        var campaigns = await services.Db.Campaigns.Where(c => form.CampaignIds.Contains(c.Id)).ToListAsync();
        entry.Campaigns.Clear();
        campaigns.ForEach(entry.Campaigns.Add);
        return true;
    }

    private async Task<IActionResult> FormViewAsync(TForm form)
    {
        form.CampaignOptions = await services.Lookups.CampaignOptionsAsync(form.CampaignIds);
        form.MaxPhotoBytes = services.Evidence.MaxFileBytes;
        ViewData[nameof(EntryTypeInfo)] = Info;
        return View(ViewFolder + "Form.cshtml", form);
    }

    /// <summary>Vietnamese name of a property for the audit trail: the form's [Display] name when it has one.</summary>
    private string FieldLabel(string property) =>
        typeof(TForm).GetProperty(property) is not null
            ? MetadataProvider.GetMetadataForProperty(typeof(TForm), property).GetDisplayName()
            : property;
}
