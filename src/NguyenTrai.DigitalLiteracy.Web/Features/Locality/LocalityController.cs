using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using NguyenTrai.DigitalLiteracy.Data;
using NguyenTrai.DigitalLiteracy.Domain.Auditing;
using NguyenTrai.DigitalLiteracy.Domain.Profile;
using NguyenTrai.DigitalLiteracy.Pdf;
using NguyenTrai.DigitalLiteracy.Reporting.Documents;
using NguyenTrai.DigitalLiteracy.Web.Infrastructure;
using NguyenTrai.DigitalLiteracy.Web.Infrastructure.Auditing;
using NguyenTrai.DigitalLiteracy.Web.Infrastructure.Authorization;

namespace NguyenTrai.DigitalLiteracy.Web.Features.Locality;

/// <summary>
/// The commune's profile: names, issuing bodies, symbols, signers, recipients and the directing letter that every
/// document prints. Each save is audited with the old and new values, and refused when someone saved in between.
/// </summary>
[Authorize(Policy = Policies.Administration)]
[Route("quan-tri/dia-phuong")]
public sealed class LocalityController(AppDbContext db, PortalIdentity portal, DocumentSigner signer, IConfiguration configuration, CurrentUser me, WardClock clock) : Controller
{
    public const string AuditAction = "WardProfileUpdated";

    [HttpGet("")]
    public async Task<IActionResult> Edit()
    {
        var profile = await db.WardProfiles.AsNoTracking().FirstOrDefaultAsync(p => p.Id == WardProfile.SingletonId) ?? new WardProfile();
        return View(PageOf(LocalityForm.Of(profile), profile));
    }

    [HttpPost("")]
    public async Task<IActionResult> Edit([Bind(Prefix = "Form")] LocalityForm form)
    {
        var profile = await db.WardProfiles.FirstOrDefaultAsync(p => p.Id == WardProfile.SingletonId);
        if (!ModelState.IsValid)
        {
            return View(PageOf(form, profile));
        }

        if (profile is null)
        {
            profile = new WardProfile();
            db.WardProfiles.Add(profile);
        }

        var before = LocalityForm.Of(profile).ToProfile();
        profile.Update(form.ToProfile(), me.DisplayName, clock.UtcNow);
        var changes = WardProfile.EditableProperties
            .Select(p => (p.Name, Old: (string?)p.GetValue(before), New: (string?)p.GetValue(profile)))
            .Where(c => c.Old != c.New)
            .ToDictionary(c => c.Name, c => new AuditValueChange(c.Old, c.New));
        if (changes.Count > 0)
        {
            db.AuditEntries.Add(new AuditEntry
            {
                AtUtc = clock.UtcNow,
                UserId = me.Id,
                UserName = me.UserName,
                Action = AuditAction,
                EntityType = nameof(WardProfile),
                EntityId = WardProfile.SingletonId.ToString(CultureInfo.InvariantCulture),
                Summary = $"Sửa thông tin địa phương: {string.Join(", ", changes.Keys)}.",
                ChangesJson = JsonSerializer.Serialize(changes),
            });
        }

        if (!await Concurrency.TrySaveAsync(db, profile, form.RowVersion, ModelState))
        {
            var current = await db.WardProfiles.AsNoTracking().FirstAsync(p => p.Id == WardProfile.SingletonId);
            return View(PageOf(LocalityForm.Of(current), current));
        }

        portal.Invalidate();
        TempData.Success(changes.Count == 0 ? "Không có thay đổi nào." : "Đã lưu thông tin địa phương. Văn bản lập từ nay dùng thông tin mới; văn bản đã ban hành giữ nguyên.");
        return RedirectToAction(nameof(Edit));
    }

    private LocalityPage PageOf(LocalityForm form, WardProfile? saved)
    {
        var font = PdfFonts.Current;
        return new LocalityPage(form, font.Description, font.Warning, !font.IsMetricCompatibleWithTimes, signer.Status(),
            configuration["Portal:PublicBaseUrl"], saved?.UpdatedByName, saved?.UpdatedAtUtc);
    }
}
