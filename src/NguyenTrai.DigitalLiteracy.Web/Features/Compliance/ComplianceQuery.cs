using Microsoft.EntityFrameworkCore;
using NguyenTrai.DigitalLiteracy.Data;
using NguyenTrai.DigitalLiteracy.Domain.Periods;
using NguyenTrai.DigitalLiteracy.Web.Features.Review;
using NguyenTrai.DigitalLiteracy.Web.Features.UnitReports;
using NguyenTrai.DigitalLiteracy.Web.Infrastructure;

namespace NguyenTrai.DigitalLiteracy.Web.Features.Compliance;

/// <summary>Who reported for a period: every unit open during the window, with its report state on the ward clock.</summary>
public sealed class ComplianceQuery(AppDbContext db, WardClock clock)
{
    /// <summary>The Culture-Social Office consolidates the others' reports; it does not report to itself.</summary>
    public const string ConsolidatingUnitCode = "VHXH";

    /// <summary>Default: the monthly period due next (the one being reported now), else the latest.</summary>
    public async Task<ReportingPeriod?> FindPeriodAsync(int? periodId)
    {
        var periods = db.ReportingPeriods.AsNoTracking();
        if (periodId is { } id)
        {
            return await periods.FirstOrDefaultAsync(p => p.Id == id);
        }

        var today = clock.Today;
        return await periods.Where(p => p.Kind == PeriodKind.Monthly && p.Deadline >= today).OrderBy(p => p.Deadline).FirstOrDefaultAsync()
            ?? await periods.OrderByDescending(p => p.Deadline).FirstOrDefaultAsync();
    }

    public async Task<ComplianceModel> LoadAsync(ReportingPeriod period)
    {
        var today = clock.Today;
        var units = await db.Units.AsNoTracking().Where(u => u.Code != ConsolidatingUnitCode).OrderBy(u => u.Name).ToListAsync();
        var reports = await db.UnitReports.AsNoTracking().Where(r => r.ReportingPeriodId == period.Id)
            .Select(r => new { r.Id, r.UnitId, r.Status, r.SubmittedLate, r.SubmittedAtUtc })
            .ToDictionaryAsync(r => r.UnitId);
        var rows = units.Where(u => u.IsExpectedToReport(period.Window)).Select(u =>
        {
            var report = reports.GetValueOrDefault(u.Id);
            var state = ReportStates.Of(report?.Status, report?.SubmittedLate ?? false);
            return new ComplianceRow(u.Id, u.Name, state, report?.SubmittedAtUtc, state.AwaitsSubmission() && today > period.Deadline, report?.Id);
        }).ToList();
        var notExpected = units.Where(u => !u.IsExpectedToReport(period.Window)).Select(u => u.Name).ToList();
        var options = await db.ReportingPeriods.AsNoTracking().OrderByDescending(p => p.Deadline).ThenBy(p => p.Kind)
            .Select(p => new ListOption(p.Id, p.Name)).ToListAsync();
        return new ComplianceModel(period, today, rows, notExpected, options);
    }
}
