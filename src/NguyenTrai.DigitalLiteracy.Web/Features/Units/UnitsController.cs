using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using NguyenTrai.DigitalLiteracy.Data;
using NguyenTrai.DigitalLiteracy.Domain.Common;
using NguyenTrai.DigitalLiteracy.Domain.Units;
using NguyenTrai.DigitalLiteracy.Web.Infrastructure;
using NguyenTrai.DigitalLiteracy.Web.Infrastructure.Authorization;

namespace NguyenTrai.DigitalLiteracy.Web.Features.Units;

[Authorize(Policy = Policies.Administration)]
[Route("quan-tri/don-vi")]
public sealed class UnitsController(AppDbContext db, WardClock clock) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(UnitListModel model)
    {
        ModelState.Clear();
        var units = db.Units.AsNoTracking();
        units = model.Status switch
        {
            "mo" => units.Where(u => u.ActiveTo == null),
            "dong" => units.Where(u => u.ActiveTo != null),
            _ => units,
        };
        if (model.Kind is { } kind)
        {
            units = units.Where(u => u.Kind == kind);
        }

        model.Rows = await units.OrderBy(u => u.Kind).ThenBy(u => u.Code)
            .Select(u => new UnitRow(u.Id, u.Code, u.Name, u.Kind, u.ActiveFrom, u.ActiveTo)).ToListAsync();
        return View(model);
    }

    [HttpGet("tao-moi")]
    public IActionResult Create() => View("Form", new UnitFormModel { ActiveFrom = clock.Today });

    [HttpPost("tao-moi")]
    public async Task<IActionResult> Create(UnitFormModel model)
    {
        model.Id = null;
        var code = NormalizeCode(model.Code);
        if (ModelState.IsValid && await db.Units.AnyAsync(u => u.Code == code))
        {
            ModelState.AddModelError(nameof(model.Code), $"Mã đơn vị \"{code}\" đã được dùng cho một đơn vị khác.");
        }

        if (!ModelState.IsValid)
        {
            return View("Form", model);
        }

        var unit = new Unit { Code = code };
        Apply(model, unit);
        db.Units.Add(unit);
        await db.SaveChangesAsync();
        TempData.Success($"Đã thêm đơn vị {unit.Name}.");
        return RedirectToAction(nameof(Index));
    }

    [HttpGet("{id:int}/sua")]
    public async Task<IActionResult> Edit(int id)
    {
        var unit = await db.Units.AsNoTracking().FirstOrDefaultAsync(u => u.Id == id);
        return unit is null ? NotFound() : View("Form", ToForm(unit));
    }

    [HttpPost("{id:int}/sua")]
    public async Task<IActionResult> Edit(int id, UnitFormModel model)
    {
        var unit = await db.Units.FirstOrDefaultAsync(u => u.Id == id);
        if (unit is null)
        {
            return NotFound();
        }

        model.Id = id;
        model.ActiveTo = unit.ActiveTo;
        var code = NormalizeCode(model.Code);
        if (ModelState.IsValid && await db.Units.AnyAsync(u => u.Code == code && u.Id != id))
        {
            ModelState.AddModelError(nameof(model.Code), $"Mã đơn vị \"{code}\" đã được dùng cho một đơn vị khác.");
        }

        if (!ModelState.IsValid)
        {
            return View("Form", model);
        }

        unit.Code = code;
        Apply(model, unit);
        if (!await db.TrySaveAsync(unit, model.RowVersion, ModelState))
        {
            return View("Form", ToForm(await db.Units.AsNoTracking().FirstAsync(u => u.Id == id)));
        }

        TempData.Success($"Đã lưu đơn vị {unit.Name}.");
        return RedirectToAction(nameof(Index));
    }

    [HttpPost("{id:int}/ngung-hoat-dong")]
    public async Task<IActionResult> Close(int id, DateOnly? activeTo)
    {
        var unit = await db.Units.FirstOrDefaultAsync(u => u.Id == id);
        if (unit is null)
        {
            return NotFound();
        }

        unit.Close(activeTo ?? clock.Today);
        await db.SaveChangesAsync();
        TempData.Success($"Đơn vị {unit.Name} ngừng hoạt động từ sau ngày {unit.ActiveTo:dd/MM/yyyy}.");
        return RedirectToAction(nameof(Index));
    }

    [HttpPost("{id:int}/mo-lai")]
    public async Task<IActionResult> Reopen(int id)
    {
        var unit = await db.Units.FirstOrDefaultAsync(u => u.Id == id);
        if (unit is null)
        {
            return NotFound();
        }

        unit.Reopen();
        await db.SaveChangesAsync();
        TempData.Success($"Đơn vị {unit.Name} hoạt động trở lại.");
        return RedirectToAction(nameof(Index));
    }

    private static string NormalizeCode(string? code) => (VietnameseText.Normalize(code) ?? "").ToUpperInvariant();

    private static void Apply(UnitFormModel model, Unit unit)
    {
        unit.Name = VietnameseText.Normalize(model.Name)!;
        unit.Kind = model.Kind!.Value;
        unit.ActiveFrom = model.ActiveFrom!.Value;
        unit.Address = VietnameseText.Normalize(model.Address);
        unit.ContactPhone = VietnameseText.Normalize(model.ContactPhone);
        unit.SubmitsReports = model.SubmitsReports;
        unit.DocumentSymbol = (VietnameseText.Normalize(model.DocumentSymbol) ?? "").ToUpper(Infrastructure.ServiceRegistration.Vietnamese);
        unit.HeadName = VietnameseText.Normalize(model.HeadName);
        unit.HeadPosition = VietnameseText.Normalize(model.HeadPosition);
    }

    private static UnitFormModel ToForm(Unit unit) => new()
    {
        Id = unit.Id, Code = unit.Code, Name = unit.Name, Kind = unit.Kind, ActiveFrom = unit.ActiveFrom, ActiveTo = unit.ActiveTo,
        Address = unit.Address, ContactPhone = unit.ContactPhone, SubmitsReports = unit.SubmitsReports, RowVersion = Convert.ToBase64String(unit.RowVersion),
        DocumentSymbol = unit.DocumentSymbol, HeadName = unit.HeadName, HeadPosition = unit.HeadPosition,
    };
}
