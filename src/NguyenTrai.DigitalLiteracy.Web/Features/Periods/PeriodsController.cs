using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using NguyenTrai.DigitalLiteracy.Data;
using NguyenTrai.DigitalLiteracy.Domain.Auditing;
using NguyenTrai.DigitalLiteracy.Domain.Common;
using NguyenTrai.DigitalLiteracy.Domain.Periods;
using NguyenTrai.DigitalLiteracy.Web.Infrastructure;
using NguyenTrai.DigitalLiteracy.Web.Infrastructure.Authorization;

namespace NguyenTrai.DigitalLiteracy.Web.Features.Periods;

[Authorize(Policy = Policies.PeriodManagement)]
[Route("quan-tri/ky-bao-cao")]
public sealed class PeriodsController(AppDbContext db, WardClock clock, CurrentUser me) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(PeriodListModel model)
    {
        ModelState.Clear();
        model.Year ??= clock.Today.Year;
        var periods = db.ReportingPeriods.AsNoTracking().Where(p => p.Year == model.Year);
        if (model.Kind is { } kind)
        {
            periods = periods.Where(p => p.Kind == kind);
        }

        model.Rows = await periods.OrderBy(p => p.Kind).ThenBy(p => p.Number)
            .Select(p => new PeriodRow(p.Id, p.Kind, p.Name, p.StartDate, p.EndDate, p.Deadline, p.IsClosed)).ToListAsync();
        model.Years = await db.ReportingPeriods.Select(p => p.Year).Distinct().OrderBy(y => y).ToListAsync();
        return View(model);
    }

    /// <summary>Adds the year's 19 standard periods, leaving any that already exist untouched.</summary>
    [HttpPost("tao-nam")]
    public async Task<IActionResult> GenerateYear(int year)
    {
        if (year is < 2020 or > 2100)
        {
            TempData.Error("Năm không hợp lệ (từ 2020 đến 2100).");
            return RedirectToAction(nameof(Index));
        }

        var existing = (await db.ReportingPeriods.Where(p => p.Year == year).Select(p => new { p.Kind, p.Number }).ToListAsync())
            .Select(p => (p.Kind, p.Number)).ToHashSet();
        var added = ReportingPeriod.GenerateYear(year).Where(p => !existing.Contains((p.Kind, p.Number))).ToList();
        db.ReportingPeriods.AddRange(added);
        await db.SaveChangesAsync();
        TempData.Success(added.Count == 0
            ? $"Các kỳ báo cáo năm {year} đã có đủ, không tạo thêm kỳ nào."
            : $"Đã tạo {added.Count} kỳ báo cáo cho năm {year}.");
        return RedirectToAction(nameof(Index), new { year });
    }

    [HttpGet("tao-moi")]
    public IActionResult Create() => View(new SpecialPeriodModel { Kind = PeriodKind.Thematic });

    [HttpPost("tao-moi")]
    public async Task<IActionResult> Create(SpecialPeriodModel model)
    {
        if (model.Kind is not (PeriodKind.AdHoc or PeriodKind.Thematic))
        {
            ModelState.AddModelError(nameof(model.Kind), "Chỉ tạo riêng được kỳ đột xuất hoặc chuyên đề; các kỳ tháng, quý, năm được tạo theo năm.");
        }

        if (!ModelState.IsValid)
        {
            return View(model);
        }

        var year = model.EndDate!.Value.Year;
        var number = 1 + (await db.ReportingPeriods.Where(p => p.Kind == model.Kind && p.Year == year).MaxAsync(p => (int?)p.Number) ?? 0);
        ReportingPeriod period;
        try
        {
            var window = new PeriodWindow(model.StartDate!.Value, model.EndDate.Value);
            period = ReportingPeriod.Create(model.Kind!.Value, year, number, window, model.Deadline!.Value, VietnameseText.Normalize(model.Name));
            period.RequiresUnitReports = model.Kind == PeriodKind.Thematic && model.RequiresUnitReports;
        }
        catch (DomainRuleException rule)
        {
            ModelState.AddModelError("", rule.Message);
            return View(model);
        }

        db.ReportingPeriods.Add(period);
        await db.SaveChangesAsync();
        TempData.Success($"Đã tạo kỳ báo cáo \"{period.Name}\".");
        return RedirectToAction(nameof(Index), new { year });
    }

    [HttpGet("{id:int}/han-nop")]
    public async Task<IActionResult> Deadline(int id)
    {
        var period = await db.ReportingPeriods.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id);
        return period is null ? NotFound() : View(ToDeadline(period));
    }

    [HttpPost("{id:int}/han-nop")]
    public async Task<IActionResult> Deadline(int id, DeadlineModel model)
    {
        var period = await db.ReportingPeriods.FirstOrDefaultAsync(p => p.Id == id);
        if (period is null)
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return View(ToDeadline(period, model));
        }

        try
        {
            period.ChangeDeadline(model.Deadline!.Value);
        }
        catch (DomainRuleException rule)
        {
            ModelState.AddModelError(nameof(model.Deadline), rule.Message);
            return View(ToDeadline(period, model));
        }

        if (!await db.TrySaveAsync(period, model.RowVersion, ModelState))
        {
            return View(ToDeadline(await db.ReportingPeriods.AsNoTracking().FirstAsync(p => p.Id == id)));
        }

        TempData.Success($"Đã đổi hạn nộp kỳ \"{period.Name}\" thành {period.Deadline:dd/MM/yyyy}.");
        return RedirectToAction(nameof(Index), new { year = period.Year });
    }

    [HttpPost("{id:int}/khoa")]
    public async Task<IActionResult> Close(int id)
    {
        var period = await db.ReportingPeriods.FirstOrDefaultAsync(p => p.Id == id);
        if (period is null)
        {
            return NotFound();
        }

        period.Close(me.UserName, clock.UtcNow);
        await db.SaveChangesAsync();
        TempData.Success($"Đã khóa sổ kỳ \"{period.Name}\".");
        return RedirectToAction(nameof(Index), new { year = period.Year });
    }

    /// <summary>Reopening changes figures others may already have relied on, so it is recorded.</summary>
    [HttpPost("{id:int}/mo-lai")]
    public async Task<IActionResult> Reopen(int id)
    {
        var period = await db.ReportingPeriods.FirstOrDefaultAsync(p => p.Id == id);
        if (period is null)
        {
            return NotFound();
        }

        var closedBy = period.ClosedBy;
        period.Reopen();
        db.AuditEntries.Add(new AuditEntry
        {
            AtUtc = clock.UtcNow,
            UserId = me.Id,
            UserName = me.UserName,
            Action = "ReopenPeriod",
            EntityType = nameof(ReportingPeriod),
            EntityId = period.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Summary = $"Mở lại kỳ báo cáo \"{period.Name}\" (trước đó khóa bởi {closedBy}).",
        });
        await db.SaveChangesAsync();
        TempData.Success($"Đã mở lại kỳ \"{period.Name}\".");
        return RedirectToAction(nameof(Index), new { year = period.Year });
    }

    private static DeadlineModel ToDeadline(ReportingPeriod p, DeadlineModel? posted = null) => new()
    {
        Id = p.Id, Name = p.Name, StartDate = p.StartDate, EndDate = p.EndDate,
        Deadline = posted?.Deadline ?? p.Deadline,
        RowVersion = posted?.RowVersion ?? RowVersionText.Of(p.RowVersion),
    };
}
