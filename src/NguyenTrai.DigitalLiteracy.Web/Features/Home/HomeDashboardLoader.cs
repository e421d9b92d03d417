using Microsoft.EntityFrameworkCore;
using NguyenTrai.DigitalLiteracy.Data;
using NguyenTrai.DigitalLiteracy.Domain.Periods;
using NguyenTrai.DigitalLiteracy.Web.Features.Dashboard;
using NguyenTrai.DigitalLiteracy.Reporting.Figures;
using NguyenTrai.DigitalLiteracy.Reporting.Rules;
using NguyenTrai.DigitalLiteracy.Web.Infrastructure;

namespace NguyenTrai.DigitalLiteracy.Web.Features.Home;

/// <summary>Builds the office and unit landing dashboards from the same queries as /tong-quan.</summary>
public sealed class HomeDashboardLoader(AppDbContext db, DashboardLoader dashboards, WardClock clock)
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
            var status = await db.UnitReports.AsNoTracking()
                .Where(r => r.UnitId == unit && r.ReportingPeriodId == current.Id)
                .Select(r => (Domain.Reports.UnitReportStatus?)r.Status)
                .FirstOrDefaultAsync(ct);
            var next = reference.Periods.Where(p => p.Deadline >= today && UnitExpectation.IsUnitObligation(p)).MinBy(p => p.Deadline);
            home = home with { CurrentReportStatus = status, NextDeadline = next };
        }

        return home;
    }
}
