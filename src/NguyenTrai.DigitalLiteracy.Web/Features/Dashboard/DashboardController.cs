using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using NguyenTrai.DigitalLiteracy.Data;
using NguyenTrai.DigitalLiteracy.Domain.Periods;
using NguyenTrai.DigitalLiteracy.Reporting.Rules;
using NguyenTrai.DigitalLiteracy.Web.Infrastructure;
using NguyenTrai.DigitalLiteracy.Web.Infrastructure.Authorization;

namespace NguyenTrai.DigitalLiteracy.Web.Features.Dashboard;

/// <summary>The ward-wide dashboard for the Culture-Social Office; leadership may view it too.</summary>
[Authorize(Policy = Policies.WardOverview)]
[Route("tong-quan")]
public sealed class DashboardController(AppDbContext db, DashboardLoader loader, WardClock clock) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] DashboardFilter filter, CancellationToken ct) =>
        View(await LoadAsync(filter, ct));

    [HttpGet("xuat-excel")]
    public async Task<IActionResult> Export([FromQuery] DashboardFilter filter, CancellationToken ct)
    {
        var page = await LoadAsync(filter, ct);
        var bytes = DashboardExport.ToXlsx(page);
        return File(bytes, DashboardExport.ContentType, $"tong-quan-{page.Period.Year}-{page.Period.Id}.xlsx");
    }

    private async Task<DashboardPage> LoadAsync(DashboardFilter filter, CancellationToken ct)
    {
        var reference = await ReportingReference.LoadAsync(db, ct);
        var period = filter.ResolvePeriod(reference, clock.Today);
        filter.PeriodId = period.Id;
        return new DashboardPage(filter, reference, period, await loader.LoadAsync(reference, filter.ToScope(period), period.Year, ct))
        {
            RunningMonth = Decree09Calendar.ReportingMonthOf(clock.Today),
        };
    }
}
