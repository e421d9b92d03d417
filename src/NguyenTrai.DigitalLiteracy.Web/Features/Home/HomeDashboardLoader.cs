using Microsoft.EntityFrameworkCore;
using NguyenTrai.DigitalLiteracy.Data;
using NguyenTrai.DigitalLiteracy.Domain.Periods;
using NguyenTrai.DigitalLiteracy.Domain.Reports;
using NguyenTrai.DigitalLiteracy.Web.Features.Dashboard;
using NguyenTrai.DigitalLiteracy.Reporting.Figures;
using NguyenTrai.DigitalLiteracy.Reporting.Rules;
using NguyenTrai.DigitalLiteracy.Reporting.Workflow;
using NguyenTrai.DigitalLiteracy.Web.Infrastructure;

namespace NguyenTrai.DigitalLiteracy.Web.Features.Home;

/// <summary>Builds the office, leadership and unit landing dashboards from the same queries as /tong-quan.</summary>
public sealed class HomeDashboardLoader(AppDbContext db, DashboardLoader dashboards, FiguresQuery figures, UnitReportWorkflow workflow, WardClock clock)
{
    public async Task<HomeDashboard?> LoadAsync(CurrentUser me, CancellationToken ct = default)
    {
        var unitId = me.IsUnitStaff && !me.IsOffice && !me.IsLeadership ? me.UnitId : null;
        if (!me.IsOffice && unitId is null)
        {
            return null; // administrators: tiles only; leadership: LeadershipHomeLoader
        }

        var today = clock.Today;
        var reference = await ReportingReference.LoadAsync(db, ct);
        var current = reference.MonthlyContaining(today);
        var year = reference.AnnualOf(Decree09Calendar.ReportingYearOf(today));
        if (current is null || year is null)
        {
            return null;
        }

        var home = new HomeDashboard(
            current,
            await dashboards.LoadAsync(reference, new FiguresScope(current.Window, UnitId: unitId), current.Year, ct),
            year,
            await dashboards.LoadAsync(reference, new FiguresScope(year.Window, UnitId: unitId), year.Year, ct));
        if (unitId is { } unit)
        {
            var reports = await db.UnitReports.AsNoTracking()
                .Where(r => r.UnitId == unit && (r.ReportingPeriodId == current.Id || (r.Status == UnitReportStatus.Returned && !r.ReportingPeriod!.IsClosed)))
                .Select(r => new { r.Id, r.ReportingPeriodId, r.Status, r.ReturnReason })
                .ToListAsync(ct);
            var mine = reports.FirstOrDefault(r => r.ReportingPeriodId == current.Id);
            var others = new List<UnitHomeReport>();
            foreach (var returned in reports.Where(r => r.ReportingPeriodId != current.Id))
            {
                if (reference.Period(returned.ReportingPeriodId) is { } period)
                {
                    others.Add(new(period, returned.Status, returned.ReturnReason, workflow.WhyCannotSubmit(period),
                        await figures.ForReportTotalsAsync(unit, period, returned.Id, returned.Status, ct)));
                }
            }

            var next = reference.Periods.Where(p => p.Deadline >= today && UnitExpectation.IsUnitObligation(p)).MinBy(p => p.Deadline);
            home = home with
            {
                CurrentReport = new UnitHomeReport(current, mine?.Status, mine?.Status == UnitReportStatus.Returned ? mine.ReturnReason : null,
                    workflow.WhyCannotSubmit(current), await figures.ForReportTotalsAsync(unit, current, mine?.Id, mine?.Status, ct)),
                OtherReturned = [.. others.OrderBy(o => o.Period.StartDate)],
                NextDeadline = next,
            };
        }

        return home;
    }
}
