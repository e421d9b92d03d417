using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using NguyenTrai.DigitalLiteracy.Data;
using NguyenTrai.DigitalLiteracy.Domain.Periods;
using NguyenTrai.DigitalLiteracy.Domain.Reports;

namespace NguyenTrai.DigitalLiteracy.Reporting.Figures;

/// <summary>
/// Run at start-up after the migrations: freezes the figures of approved monthly reports that have none (reports
/// approved before frozen figures existed, or seeded) or an older set (<see cref="FigureKeys.Version"/> raised).
/// Entries of an approved report cannot change, so freezing later gives what freezing at approval would have.
/// Works month by month with the same families as approval, one grouped query per family and month.
/// </summary>
public sealed class FrozenFiguresBackfill(AppDbContext db, ILogger<FrozenFiguresBackfill> logger)
{
    public async Task<int> RunAsync(CancellationToken ct = default)
    {
        var stale = await db.UnitReports.AsNoTracking()
            .Where(r => r.Status == UnitReportStatus.Approved && r.ReportingPeriod!.Kind == PeriodKind.Monthly)
            .Where(r => !db.ApprovedFigures.Any(f => f.UnitReportId == r.Id && f.Key == FigureKeys.VersionKey && f.Value == FigureKeys.Version))
            .Select(r => new { r.Id, r.UnitId, Month = (r.ReportingPeriod!.Year * 100) + r.ReportingPeriod.Number })
            .ToListAsync(ct);
        foreach (var month in stale.GroupBy(r => r.Month))
        {
            var reportIds = month.Select(r => r.Id).ToList();
            var unitIds = month.Select(r => r.UnitId).ToList();
            await db.ApprovedFigures.Where(f => reportIds.Contains(f.UnitReportId)).ExecuteDeleteAsync(ct);
            var monthKey = month.Key;
            var values = FigureFamilies.ToSets(await FigureFamilies.ComputeAsync(
                db.Entries.AsNoTracking().Where(e => e.ReportingMonth == monthKey && unitIds.Contains(e.UnitId)), Grain.Unit, ct: ct));
            foreach (var report in month)
            {
                var set = values.GetValueOrDefault(report.UnitId) ?? FigureSet.Empty;
                db.ApprovedFigures.AddRange(FrozenFigures.Rows(report.Id, report.UnitId, monthKey, set.Pairs.Select(p => (p.Key, p.Value))));
            }

            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
        }

        if (stale.Count > 0)
        {
            logger.LogInformation("Frozen the figures of {Reports} approved monthly reports (figure set version {Version})", stale.Count, FigureKeys.Version);
        }

        return stale.Count;
    }
}
