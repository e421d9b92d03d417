using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using NguyenTrai.DigitalLiteracy.Data;
using NguyenTrai.DigitalLiteracy.Domain.Common;
using NguyenTrai.DigitalLiteracy.Domain.Periods;
using NguyenTrai.DigitalLiteracy.Domain.Targets;
using NguyenTrai.DigitalLiteracy.Reporting.Figures;
using NguyenTrai.DigitalLiteracy.Reporting.Rules;
using NguyenTrai.DigitalLiteracy.Web.Infrastructure;
using NguyenTrai.DigitalLiteracy.Web.Infrastructure.Authorization;
using NguyenTrai.DigitalLiteracy.Web.Infrastructure.Requests;

namespace NguyenTrai.DigitalLiteracy.Web.Features.Targets;

/// <summary>Yearly targets (ward-wide or per unit, optionally per campaign) and the ward's adult population.</summary>
[Authorize(Policy = Policies.Office)]
[Route("chi-tieu")]
public sealed class TargetsController(AppDbContext db, TargetsQuery targetsQuery, FiguresQuery figures, WardClock clock) : Controller
{
    private const string Duplicate = "Chỉ tiêu này (cùng năm, loại chỉ tiêu, phong trào và đơn vị) đã có; hãy sửa chỉ tiêu hiện có.";

    [HttpGet("")]
    public async Task<IActionResult> Index(int? year, CancellationToken ct)
    {
        var y = year ?? Decree09Calendar.ReportingYearOf(clock.Today);
        return View(await LoadAsync(y, new TargetForm { Year = y }, ct));
    }

    [HttpPost("")]
    public async Task<IActionResult> Create([Bind(Prefix = "NewTarget")] TargetForm form, CancellationToken ct)
    {
        if (await UnknownReferenceAsync(form, ct) is { } unknown)
        {
            return unknown;
        }

        if (ModelState.IsValid && await ExistsAsync(form, null, ct))
        {
            ModelState.AddModelError("", Duplicate);
        }

        if (!ModelState.IsValid)
        {
            return View(nameof(Index), await LoadAsync(form.Year, form, ct));
        }

        db.Targets.Add(new Target { Year = form.Year, Metric = form.Metric!.Value, CampaignId = form.CampaignId, UnitId = form.UnitId, Value = form.Value!.Value });
        await db.SaveChangesAsync(ct);
        TempData.Success("Đã thêm chỉ tiêu.");
        return Redirect($"/chi-tieu?year={form.Year}");
    }

    [HttpGet("{id:int}/sua")]
    public async Task<IActionResult> Edit(int id, CancellationToken ct)
    {
        var target = await db.Targets.AsNoTracking().FirstOrDefaultAsync(t => t.Id == id, ct);
        if (target is null)
        {
            return NotFound();
        }

        ViewData["Reference"] = await ReportingReference.LoadAsync(db, ct);
        return View(FormOf(target));
    }

    [HttpPost("{id:int}/sua")]
    public async Task<IActionResult> Edit(int id, TargetForm form, CancellationToken ct)
    {
        var target = await db.Targets.FirstOrDefaultAsync(t => t.Id == id, ct);
        if (target is null)
        {
            return NotFound();
        }

        if (await UnknownReferenceAsync(form, ct) is { } unknown)
        {
            return unknown;
        }

        if (ModelState.IsValid && await ExistsAsync(form, id, ct))
        {
            ModelState.AddModelError("", Duplicate);
        }

        if (!ModelState.IsValid)
        {
            ViewData["Reference"] = await ReportingReference.LoadAsync(db, ct);
            return View(form);
        }

        (target.Year, target.Metric, target.CampaignId, target.UnitId, target.Value) = (form.Year, form.Metric!.Value, form.CampaignId, form.UnitId, form.Value!.Value);
        if (!await db.TrySaveAsync(target, form.RowVersion, ModelState, ct))
        {
            ViewData["Reference"] = await ReportingReference.LoadAsync(db, ct);
            return View(FormOf(await db.Targets.AsNoTracking().FirstAsync(t => t.Id == id, ct)));
        }

        TempData.Success("Đã lưu chỉ tiêu.");
        return Redirect($"/chi-tieu?year={target.Year}");
    }

    [HttpPost("{id:int}/xoa")]
    public async Task<IActionResult> Delete(int id, CancellationToken ct)
    {
        var target = await db.Targets.FirstOrDefaultAsync(t => t.Id == id, ct);
        if (target is null)
        {
            return NotFound();
        }

        db.Targets.Remove(target);
        await db.SaveChangesAsync(ct);
        TempData.Success("Đã xóa chỉ tiêu.");
        return Redirect($"/chi-tieu?year={target.Year}");
    }

    [HttpPost("dan-so")]
    public async Task<IActionResult> Population([Bind(Prefix = "Population")] AdultPopulationForm form, int year, CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            return View(nameof(Index), await LoadAsync(year, new TargetForm { Year = year }, ct, form));
        }

        var setting = await db.WardSettings.FirstOrDefaultAsync(s => s.Key == WardSetting.AdultPopulation, ct);
        var value = form.AdultPopulation!.Value.ToString(CultureInfo.InvariantCulture);
        try
        {
            if (setting is null)
            {
                // None existed when the form was loaded (empty version); a concurrent first save trips the key.
                db.WardSettings.Add(new WardSetting { Key = WardSetting.AdultPopulation, Value = value });
                if (!string.IsNullOrEmpty(form.RowVersion))
                {
                    throw Concurrency.Conflict();
                }
            }
            else
            {
                db.Expect(setting, form.RowVersion);
                setting.Value = value;
            }

            await db.SaveAsync(ct);
            TempData.Success("Đã lưu dân số trưởng thành của phường.");
        }
        catch (Exception ex) when (ex is DomainRuleException || (ex is DbUpdateException && setting is null))
        {
            TempData.Error(Concurrency.Message);
        }

        return Redirect($"/chi-tieu?year={year}");
    }

    /// <summary>
    /// A unit or campaign id that is in no list (units and campaigns are closed, never deleted) was forged:
    /// a Vietnamese 400 page, not a foreign-key 500.
    /// </summary>
    private async Task<IActionResult?> UnknownReferenceAsync(TargetForm form, CancellationToken ct)
    {
        var message = form.UnitId is { } unitId && !await db.Units.AnyAsync(u => u.Id == unitId, ct)
            ? "Đơn vị đã chọn không tồn tại. Vui lòng tải lại trang và chọn đơn vị trong danh sách."
            : form.CampaignId is { } campaignId && !await db.Campaigns.AnyAsync(c => c.Id == campaignId, ct)
                ? "Phong trào đã chọn không tồn tại. Vui lòng tải lại trang và chọn phong trào trong danh sách."
                : null;
        if (message is null)
        {
            return null;
        }

        RequestRefusal.SetMessage(HttpContext, message);
        return StatusCode(StatusCodes.Status400BadRequest);
    }
    private static TargetForm FormOf(Target target) => new()
    {
        Year = target.Year, Metric = target.Metric, CampaignId = target.CampaignId, UnitId = target.UnitId, Value = target.Value,
        RowVersion = RowVersionText.Of(target.RowVersion),
    };

    private Task<bool> ExistsAsync(TargetForm form, int? exceptId, CancellationToken ct) =>
        db.Targets.AnyAsync(t => t.Id != exceptId && t.Year == form.Year && t.Metric == form.Metric && t.CampaignId == form.CampaignId && t.UnitId == form.UnitId, ct);

    private async Task<TargetsPage> LoadAsync(int year, TargetForm newTarget, CancellationToken ct, AdultPopulationForm? population = null)
    {
        var reference = await ReportingReference.LoadAsync(db, ct);
        var campaigns = reference.Campaigns.ToDictionary(c => c.Id, c => c.Name);
        var rows = (await targetsQuery.ForYearAsync(reference, year, ct))
            .Select(t => new TargetRow(t, t.CampaignId is { } c ? campaigns.GetValueOrDefault(c) : null, t.UnitId is { } u ? reference.UnitName(u) : null))
            .OrderBy(t => t.UnitName is not null).ThenBy(t => t.UnitName, ReportingReference.VietnameseOrder).ThenBy(t => t.Metric)
            .ToList();
        population ??= new AdultPopulationForm
        {
            AdultPopulation = await targetsQuery.AdultPopulationAsync(ct),
            RowVersion = RowVersionText.Of(await db.WardSettings.AsNoTracking().Where(s => s.Key == WardSetting.AdultPopulation).Select(s => s.RowVersion).FirstOrDefaultAsync(ct)),
        };
        var totals = FigureSet.Sum((await figures.ByAsync(reference, new FiguresScope(Decree09Calendar.Annual(year)), Grain.Month, ct)).Values).Totals;
        var wardTargets = rows.Select(r => r.Progress).Where(t => t.UnitId is null && t.CampaignId is null);
        return new TargetsPage(year, rows, reference.Units, reference.Campaigns, newTarget, population,
            AdultCoverage.Of(totals, await targetsQuery.AdultPopulationAsync(ct), wardTargets));
    }
}
