using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using NguyenTrai.DigitalLiteracy.Data;
using NguyenTrai.DigitalLiteracy.Domain.Entries;

namespace NguyenTrai.DigitalLiteracy.Web.Features.Entries;

/// <summary>
/// Applies a posted form to an entry and saves it: the entity's own rules and the period lock (for the old and the new
/// date) checked where attributes cannot, errors written to the page's model state, nothing saved on any error.
/// </summary>
public sealed class EntryEditor<TEntry, TForm>(EntryServices services, ModelStateDictionary modelState)
    where TEntry : Entry
    where TForm : EntryForm<TEntry>, new()
{
    /// <summary>A locked period said on the date field when the form opens, before the user types anything.</summary>
    public async Task SayIfLockedAsync(TEntry entry)
    {
        if (await services.Guard.WhyLockedAsync(entry.UnitId, entry.Date) is { } reason)
        {
            modelState.AddModelError(nameof(EntryForm.Date), reason);
        }
    }

    /// <summary>Copies the form onto the entry and checks it; false leaves nothing saved.</summary>
    public async Task<bool> TryApplyAsync(TForm form, TEntry entry, DateOnly? currentDate)
    {
        if (currentDate is { } old && await services.Guard.WhyLockedAsync(entry.UnitId, old) is { } oldReason)
        {
            modelState.AddModelError(nameof(EntryForm.Date), oldReason);
            return false;
        }

        form.CopyTo(entry);
        foreach (var (property, message) in entry.Validate())
        {
            // The form's own attribute already said it (e.g. the same limit): one message per field.
            if (modelState.GetFieldValidationState(property) != ModelValidationState.Invalid)
            {
                modelState.AddModelError(property, message);
            }
        }

        if (form.Date is { } date && modelState.GetFieldValidationState(nameof(EntryForm.Date)) != ModelValidationState.Invalid
            && await services.Guard.WhyLockedAsync(entry.UnitId, date) is { } reason)
        {
            modelState.AddModelError(nameof(EntryForm.Date), reason);
        }

        if (!modelState.IsValid)
        {
            return false;
        }

        var campaigns = await services.Db.Campaigns.Where(c => form.CampaignIds.Contains(c.Id)).ToListAsync();
        entry.Campaigns.Clear();
        campaigns.ForEach(entry.Campaigns.Add);
        return true;
    }

    /// <summary>
    /// Saves a new entry, and its photo (if one was chosen) as evidence in the same save; a refused photo saves
    /// nothing and says why on the photo field.
    /// </summary>
    public async Task<bool> TryCreateAsync(TForm form, TEntry entry, CancellationToken cancellationToken)
    {
        if (!await TryApplyAsync(form, entry, currentDate: null))
        {
            if (form.Photo is { Length: > 0 })
            {
                modelState.AddModelError(nameof(EntryForm.Photo), "Vui lòng chọn lại ảnh: trình duyệt không giữ tệp đã chọn khi biểu mẫu còn lỗi.");
            }

            return false;
        }

        entry.CreatedAtUtc = services.Clock.UtcNow;
        entry.CreatedById = services.User.Id;
        services.Db.Add(entry);
        if (form.Photo is not { Length: > 0 } photo)
        {
            await services.Db.SaveChangesAsync(cancellationToken);
            return true;
        }

        // The evidence service adds the attachment to the entry and saves both at once, or refuses before saving.
        if (await services.Evidence.AddFileAsync(entry, photo, form.PhotoCaption, cancellationToken) is { } refused)
        {
            services.Db.Entry(entry).State = EntityState.Detached;
            modelState.AddModelError(nameof(EntryForm.Photo), refused + " Hoạt động chưa được lưu; vui lòng chọn ảnh khác hoặc bỏ trống ô ảnh.");
            return false;
        }

        return true;
    }

    /// <summary>
    /// Saves the changed entry if nobody saved it since the form was opened; on a conflict the form to show again is
    /// the latest saved version (a missing or malformed token counts as stale: better a refused save than a silent
    /// overwrite).
    /// </summary>
    public async Task<(bool Saved, TForm Shown)> TryUpdateAsync(TForm form, TEntry entry)
    {
        if (!await TryApplyAsync(form, entry, entry.Date))
        {
            return (false, form);
        }

        entry.UpdatedAtUtc = services.Clock.UtcNow;
        entry.UpdatedById = services.User.Id;
        if (await services.Db.TrySaveAsync(entry, form.RowVersion, modelState))
        {
            return (true, form);
        }

        var latest = new TForm();
        latest.CopyFrom(await services.Db.Set<TEntry>().AsNoTracking().Include(e => e.Campaigns).FirstAsync(e => e.Id == entry.Id));
        return (false, latest);
    }

    /// <summary>Soft-deletes the entry unless its period is locked; returns why not, or null once deleted.</summary>
    public async Task<string?> TryDeleteAsync(TEntry entry)
    {
        if (await services.Guard.WhyLockedAsync(entry.UnitId, entry.Date) is { } reason)
        {
            return reason;
        }

        entry.SoftDelete(services.User.Id, services.Clock.UtcNow);
        await services.Db.SaveChangesAsync();
        return null;
    }
}
