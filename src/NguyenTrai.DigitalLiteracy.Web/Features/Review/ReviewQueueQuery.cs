using Microsoft.EntityFrameworkCore;
using NguyenTrai.DigitalLiteracy.Data;
using NguyenTrai.DigitalLiteracy.Domain.Reports;
using NguyenTrai.DigitalLiteracy.Reporting.Rules;

namespace NguyenTrai.DigitalLiteracy.Web.Features.Review;

/// <summary>The office's queue: reports filtered by period, status and unit, oldest submission first.</summary>
public sealed class ReviewQueueQuery(AppDbContext db, WardClock clock)
{
    public const int PageSize = 20;

    public async Task<QueueModel> LoadAsync(int? periodId, string status, int? unitId, int page)
    {
        var query = db.UnitReports.AsNoTracking();
        if (periodId is { } p)
        {
            query = query.Where(r => r.ReportingPeriodId == p);
        }

        if (unitId is { } u)
        {
            query = query.Where(r => r.UnitId == u);
        }

        if (Enum.TryParse<UnitReportStatus>(status, out var s))
        {
            query = query.Where(r => r.Status == s);
        }

        var total = await query.CountAsync();
        var pageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        page = Math.Clamp(page, 1, pageCount);
        var rows = await query
            .OrderByDescending(r => r.ReportingPeriod!.Deadline).ThenBy(r => r.SubmittedAtUtc).ThenBy(r => r.Unit!.Name)
            .Skip((page - 1) * PageSize).Take(PageSize)
            .Select(r => new { r.Id, Unit = r.Unit!.Name, Period = r.ReportingPeriod!.Name, r.ReportingPeriod.Deadline, r.Status, r.FirstSubmittedAtUtc, r.SubmittedAtUtc })
            .ToListAsync();
        var periods = await db.ReportingPeriods.AsNoTracking().OrderByDescending(x => x.Deadline).ThenBy(x => x.Kind)
            .Select(x => new ListOption(x.Id, x.Name)).ToListAsync();
        var units = (await db.Units.AsNoTracking().Select(x => new ListOption(x.Id, x.Name)).ToListAsync())
            .OrderBy(x => x.Name, ReportingReference.VietnameseOrder).ToList();
        return new QueueModel(
            [.. rows.Select(r => new QueueRow(r.Id, r.Unit, r.Period, r.Deadline, r.Status, Deadlines.Of(r.Deadline, clock.Today, r.FirstSubmittedAtUtc), r.SubmittedAtUtc))],
            page, pageCount, total, periodId, status, unitId, periods, units);
    }
}
