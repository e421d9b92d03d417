using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using NguyenTrai.DigitalLiteracy.Data;
using NguyenTrai.DigitalLiteracy.Domain.Reports;
using NguyenTrai.DigitalLiteracy.Web.Infrastructure;

namespace NguyenTrai.DigitalLiteracy.Web.Features.UnitReports;

public sealed record ReturnedReport(int PeriodId, string PeriodName, string? Reason);

/// <summary>
/// The guided return: while a report of the signed-in staff's unit is returned (period still open), the entry pages
/// show its reason and the way back to the report ("Gửi lại báo cáo"). With a date, only the report whose window
/// holds it (an entry's details and edit pages); without, every returned report of the unit (lists, new entries).
/// <c>@await Component.InvokeAsync("ReturnedReports", new { date })</c>
/// </summary>
public sealed class ReturnedReportsViewComponent(AppDbContext db, CurrentUser me) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(DateOnly? date = null)
    {
        if (!me.IsUnitStaff || me.UnitId is not { } unitId)
        {
            return Content("");
        }

        var returned = db.UnitReports.AsNoTracking()
            .Where(r => r.UnitId == unitId && r.Status == UnitReportStatus.Returned && !r.ReportingPeriod!.IsClosed);
        if (date is { } day)
        {
            returned = returned.Where(r => r.ReportingPeriod!.StartDate <= day && day <= r.ReportingPeriod.EndDate);
        }

        var reports = await returned.OrderBy(r => r.ReportingPeriod!.StartDate)
            .Select(r => new ReturnedReport(r.ReportingPeriodId, r.ReportingPeriod!.Name, r.ReturnReason))
            .ToListAsync();
        return reports.Count == 0 ? Content("") : View("~/Features/UnitReports/_ReturnedReports.cshtml", reports);
    }
}
