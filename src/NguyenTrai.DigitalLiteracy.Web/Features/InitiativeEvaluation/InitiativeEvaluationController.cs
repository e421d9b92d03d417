using NguyenTrai.DigitalLiteracy.Reporting.Rules;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using NguyenTrai.DigitalLiteracy.Data;
using NguyenTrai.DigitalLiteracy.Domain.Common;
using NguyenTrai.DigitalLiteracy.Domain.Entries;
using NguyenTrai.DigitalLiteracy.Web.Features.Notifications;
using NguyenTrai.DigitalLiteracy.Web.Features.Review;
using NguyenTrai.DigitalLiteracy.Web.Features.UnitReports;
using NguyenTrai.DigitalLiteracy.Web.Infrastructure;
using NguyenTrai.DigitalLiteracy.Web.Infrastructure.Authorization;

namespace NguyenTrai.DigitalLiteracy.Web.Features.InitiativeEvaluation;

/// <summary>The office evaluates initiatives: proposed → under review → selected for the city report / not selected.</summary>
[Route("danh-gia-sang-kien")]
[Authorize(Policy = Policies.Office)]
public sealed class InitiativeEvaluationController(AppDbContext db, CurrentUser me, WardClock clock, Notifier notifier) : Controller
{
    private const int PageSize = 20;

    [HttpGet("")]
    public async Task<IActionResult> Index(InitiativeStatus? status, int? unitId, int page = 1)
    {
        var query = db.Initiatives.AsNoTracking();
        query = status is { } s ? query.Where(i => i.Status == s) : query;
        query = unitId is { } u ? query.Where(i => i.UnitId == u) : query;
        var total = await query.CountAsync();
        var pageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        page = Math.Clamp(page, 1, pageCount);
        var rows = await query.OrderBy(i => i.Status).ThenByDescending(i => i.Date).ThenBy(i => i.Id).Skip((page - 1) * PageSize).Take(PageSize)
            .Select(i => new InitiativeRow(i.Id, i.Title, i.Unit!.Name, i.Date, i.Kind, i.Status)).ToListAsync();
        var units = (await db.Units.AsNoTracking().Select(x => new ListOption(x.Id, x.Name)).ToListAsync())
            .OrderBy(x => x.Name, ReportingReference.VietnameseOrder).ToList();
        return View(new InitiativeListModel(rows, status, unitId, units, page, pageCount, total));
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Show(int id)
    {
        var page = await LoadPageAsync(id);
        return page is null ? NotFound() : View(page);
    }

    [HttpPost("{id:int}/xem-xet")]
    public Task<IActionResult> StartReview(int id, string? rowVersion) =>
        ActAsync(id, rowVersion, i => i.StartReview(me.Id, clock.UtcNow), "Đã chuyển sáng kiến sang trạng thái đang xem xét.");

    [HttpPost("{id:int}/xem-xet-lai")]
    public Task<IActionResult> Reconsider(int id, string? rowVersion) =>
        ActAsync(id, rowVersion, i => i.Reconsider(me.Id, clock.UtcNow), "Đã đưa sáng kiến trở lại xem xét.");

    [HttpPost("{id:int}/danh-gia")]
    public async Task<IActionResult> Decide(int id, [Bind(Prefix = "Decide")] DecideForm form, bool selected)
    {
        if (!ModelState.IsValid)
        {
            var page = await LoadPageAsync(id);
            return page is null ? NotFound() : View(nameof(Show), page with { Decide = form });
        }

        return await ActAsync(id, form.RowVersion, i => i.Decide(selected, VietnameseText.Normalize(form.Note) ?? "", me.Id, clock.UtcNow),
            selected ? "Đã chọn sáng kiến để báo cáo thành phố." : "Đã ghi nhận đánh giá: sáng kiến không được chọn.", notifyUnit: true);
    }

    private async Task<IActionResult> ActAsync(int id, string? rowVersion, Action<Initiative> change, string success, bool notifyUnit = false)
    {
        var initiative = await db.Initiatives.FirstOrDefaultAsync(i => i.Id == id);
        if (initiative is null)
        {
            return NotFound();
        }

        try
        {
            if (await ClosedPeriodOfAsync(initiative.Date) is { } closed)
            {
                throw new DomainRuleException($"Kỳ báo cáo \"{closed}\" đã khóa sổ: không thể thay đổi đánh giá sáng kiến trong kỳ này.");
            }

            db.Expect(initiative, rowVersion);
            change(initiative);
            if (notifyUnit)
            {
                await notifier.NotifyUnitsAsync([initiative.UnitId], $"Kết quả đánh giá sáng kiến: {initiative.Status.Text()}",
                    $"Sáng kiến \"{initiative.Title}\": {initiative.Status.Text()}. Nhận xét: {initiative.EvaluationNote}", $"/hoat-dong/sang-kien/{initiative.Id}");
            }

            await db.SaveAsync();
            await notifier.FlushEmailAsync();
            TempData.Success(success);
        }
        catch (DomainRuleException ex)
        {
            TempData.Error(ex.Message);
        }

        return RedirectToAction(nameof(Show), new { id });
    }

    private Task<string?> ClosedPeriodOfAsync(DateOnly date) =>
        db.ReportingPeriods.AsNoTracking().Where(p => p.IsClosed && p.StartDate <= date && date <= p.EndDate).Select(p => p.Name).FirstOrDefaultAsync();

    private async Task<InitiativePage?> LoadPageAsync(int id)
    {
        var i = await db.Initiatives.AsNoTracking().Include(x => x.Unit).FirstOrDefaultAsync(x => x.Id == id);
        return i is null
            ? null
            : new InitiativePage(i.Id, i.Title, i.Unit!.Name, i.Date, i.Kind, i.Field, i.ProposerName, i.ProposerContact, i.Description, i.Results,
                i.Status, i.EvaluationNote, i.EvaluatedAtUtc, RowVersionText.Of(i.RowVersion), await ClosedPeriodOfAsync(i.Date));
    }
}
