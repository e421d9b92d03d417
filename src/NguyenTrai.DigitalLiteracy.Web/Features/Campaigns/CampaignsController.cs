using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using NguyenTrai.DigitalLiteracy.Data;
using NguyenTrai.DigitalLiteracy.Domain.Campaigns;
using NguyenTrai.DigitalLiteracy.Domain.Common;
using NguyenTrai.DigitalLiteracy.Web.Infrastructure;
using NguyenTrai.DigitalLiteracy.Web.Infrastructure.Authorization;

namespace NguyenTrai.DigitalLiteracy.Web.Features.Campaigns;

/// <summary>Movements entries can be tagged with; a deactivated one stays on old entries but is no longer offered.</summary>
[Authorize(Policy = Policies.Administration)]
[Route("quan-tri/phong-trao")]
public sealed class CampaignsController(AppDbContext db) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index() =>
        View(await db.Campaigns.AsNoTracking().OrderBy(c => c.SortOrder).ThenBy(c => c.Name).ToListAsync());

    [HttpGet("tao-moi")]
    public IActionResult Create() => View("Form", new CampaignFormModel());

    [HttpPost("tao-moi")]
    public async Task<IActionResult> Create(CampaignFormModel model)
    {
        model.Id = null;
        if (!await ValidateAsync(model))
        {
            return View("Form", model);
        }

        var campaign = new Campaign();
        Apply(model, campaign);
        db.Campaigns.Add(campaign);
        await db.SaveChangesAsync();
        TempData.Success($"Đã thêm phong trào {campaign.Name}.");
        return RedirectToAction(nameof(Index));
    }

    [HttpGet("{id:int}/sua")]
    public async Task<IActionResult> Edit(int id)
    {
        var c = await db.Campaigns.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id);
        return c is null ? NotFound() : View("Form", FormOf(c));
    }

    [HttpPost("{id:int}/sua")]
    public async Task<IActionResult> Edit(int id, CampaignFormModel model)
    {
        var campaign = await db.Campaigns.FirstOrDefaultAsync(x => x.Id == id);
        if (campaign is null)
        {
            return NotFound();
        }

        model.Id = id;
        if (!await ValidateAsync(model))
        {
            return View("Form", model);
        }

        Apply(model, campaign);
        if (!await db.TrySaveAsync(campaign, model.RowVersion, ModelState))
        {
            return View("Form", FormOf(await db.Campaigns.AsNoTracking().FirstAsync(x => x.Id == id)));
        }

        TempData.Success($"Đã lưu phong trào {campaign.Name}.");
        return RedirectToAction(nameof(Index));
    }

    [HttpPost("{id:int}/kich-hoat")]
    public async Task<IActionResult> SetActive(int id, bool active)
    {
        var campaign = await db.Campaigns.FirstOrDefaultAsync(x => x.Id == id);
        if (campaign is null)
        {
            return NotFound();
        }

        campaign.IsActive = active;
        await db.SaveChangesAsync();
        TempData.Success(active ? $"Đã kích hoạt phong trào {campaign.Name}." : $"Đã ngừng phong trào {campaign.Name}.");
        return RedirectToAction(nameof(Index));
    }

    private async Task<bool> ValidateAsync(CampaignFormModel model)
    {
        var code = (VietnameseText.Normalize(model.Code) ?? "").ToUpperInvariant();
        if (ModelState.IsValid && await db.Campaigns.AnyAsync(c => c.Code == code && c.Id != model.Id))
        {
            ModelState.AddModelError(nameof(model.Code), $"Mã phong trào \"{code}\" đã được dùng.");
        }

        return ModelState.IsValid;
    }

    private static CampaignFormModel FormOf(Campaign c) => new()
    {
        Id = c.Id, Code = c.Code, Name = c.Name, Description = c.Description, SortOrder = c.SortOrder, RowVersion = RowVersionText.Of(c.RowVersion),
    };

    private static void Apply(CampaignFormModel model, Campaign campaign)
    {
        campaign.Code = (VietnameseText.Normalize(model.Code) ?? "").ToUpperInvariant();
        campaign.Name = VietnameseText.Normalize(model.Name)!;
        campaign.Description = VietnameseText.Normalize(model.Description);
        campaign.SortOrder = model.SortOrder;
    }
}
