using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NguyenTrai.DigitalLiteracy.Data;
using NguyenTrai.DigitalLiteracy.Domain.Evidence;
using NguyenTrai.DigitalLiteracy.Web.Infrastructure;
using NguyenTrai.DigitalLiteracy.Web.Infrastructure.Authorization;
using NguyenTrai.DigitalLiteracy.Reporting.Rules;

namespace NguyenTrai.DigitalLiteracy.Web.Features.Evidence;

/// <summary>
/// The evidence section of an entry's details page:
/// <c>@await Component.InvokeAsync("EntryEvidence", new { entryId = Model.Id })</c>.
/// Lists files and links; shows the upload and link forms only to staff who may change the entry while it is not locked.
/// </summary>
public sealed class EntryEvidenceViewComponent(AppDbContext db, IAuthorizationService authorization, EntryChangeGuard guard, IOptions<EvidenceOptions> options) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(int entryId)
    {
        var entry = await db.Entries.AsNoTracking().FirstOrDefaultAsync(e => e.Id == entryId);
        if (entry is null || !(await authorization.AuthorizeAsync(UserClaimsPrincipal, entry, Operations.Read)).Succeeded)
        {
            return Content("");
        }

        var mayUpdate = (await authorization.AuthorizeAsync(UserClaimsPrincipal, entry, Operations.Update)).Succeeded;
        var lockReason = mayUpdate ? await guard.WhyLockedAsync(entry.UnitId, entry.Date) : null;
        var rows = await db.Attachments.AsNoTracking()
            .Where(a => a.EntryId == entryId)
            .OrderBy(a => a.UploadedAtUtc).ThenBy(a => a.Id)
            .Select(a => new
            {
                a.Id, a.Kind, a.FileName, a.ContentType, a.SizeBytes, a.Url, a.Caption, a.UploadedAtUtc,
                Uploader = db.Users.Where(u => u.Id == a.UploadedById).Select(u => u.FullName).FirstOrDefault(),
            })
            .ToListAsync();
        var items = rows.Select(r => (r.Kind, Item: new EvidenceItem(r.Id, r.FileName, r.ContentType, r.SizeBytes, r.Url, r.Caption, r.Uploader ?? "", WardClock.ToLocal(r.UploadedAtUtc)))).ToList();
        var model = new EntryEvidenceModel(
            entryId,
            mayUpdate && lockReason is null,
            lockReason,
            options.Value.MaxFileBytes,
            [.. items.Where(i => i.Kind == AttachmentKind.File).Select(i => i.Item)],
            [.. items.Where(i => i.Kind == AttachmentKind.Link).Select(i => i.Item)]);
        return View("~/Features/Evidence/EntryEvidence.cshtml", model);
    }
}
