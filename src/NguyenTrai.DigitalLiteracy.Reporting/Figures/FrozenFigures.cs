using Microsoft.EntityFrameworkCore;
using NguyenTrai.DigitalLiteracy.Data;
using NguyenTrai.DigitalLiteracy.Domain.Reports;
using NguyenTrai.DigitalLiteracy.Reporting.Rules;

namespace NguyenTrai.DigitalLiteracy.Reporting.Figures;

/// <summary>
/// Figures stored with a monthly report when the office approves it, one row per figure key (DHIS2's analytics
/// tables are the model: computed once, read many times). Period windows sum these rows, so a year of a city's
/// dashboard costs the same whatever the number of entries.
/// </summary>
public static class FrozenFigures
{
    /// <summary>Adds the report's figure rows to the context; saved with the approval, in its transaction.</summary>
    public static async Task FreezeAsync(AppDbContext db, UnitReport report, PeriodInfo period, CancellationToken ct = default)
    {
        if (period.ReportingMonth == 0)
        {
            return; // thematic reports are narratives; official figures come from the monthly reports only
        }

        var values = await FigureFamilies.ComputeAsync(ReportEntries.Of(db, report.UnitId, period), Grain.Unit, ct: ct);
        db.ApprovedFigures.AddRange(Rows(report.Id, report.UnitId, period.ReportingMonth, values.Select(v => (v.Key, v.Value))));
    }

    /// <summary>Removes the report's figure rows (a reopened report no longer counts).</summary>
    public static Task UnfreezeAsync(AppDbContext db, int reportId, CancellationToken ct = default) =>
        db.ApprovedFigures.Where(f => f.UnitReportId == reportId).ExecuteDeleteAsync(ct);

    /// <summary>
    /// Sums the frozen figures of some months (yyyyMM), optionally for some units, by unit, by month or in total;
    /// <paramref name="headlineOnly"/> reads the headline keys only (an index seek per month and key).
    /// </summary>
    public static async Task<IReadOnlyList<FigureValue>> SumAsync(
        AppDbContext db, IReadOnlyCollection<int> months, IReadOnlyCollection<int>? unitIds, Grain grain, bool headlineOnly, CancellationToken ct = default)
    {
        var monthList = months.ToList();
        var rows = db.ApprovedFigures.AsNoTracking().Where(f => monthList.Contains(f.ReportingMonth) && f.Key != FigureKeys.VersionKey);
        if (headlineOnly)
        {
            var keys = FigureKeys.Headline.ToList();
            rows = rows.Where(f => keys.Contains(f.Key));
        }

        if (unitIds is not null)
        {
            var unitList = unitIds.ToList();
            rows = rows.Where(f => unitList.Contains(f.UnitId));
        }

        var sums = grain switch
        {
            Grain.Unit => rows.GroupBy(f => new { Group = f.UnitId, f.Key }).Select(g => new { g.Key.Group, g.Key.Key, Value = g.Sum(f => f.Value) }),
            // The ward's totals are grouped by month and key too, in the index's order (no temporary B-tree over every
            // row of the window: half the time for a year), and the months are added up here (~90 keys a month).
            _ => rows.GroupBy(f => new { Group = f.ReportingMonth, f.Key }).Select(g => new { g.Key.Group, g.Key.Key, Value = g.Sum(f => f.Value) }),
        };
        var values = (await sums.ToListAsync(ct)).Select(s => new FigureValue(s.Group, s.Key, s.Value));
        return grain == Grain.Ward
            ? [.. values.GroupBy(v => v.Key, StringComparer.Ordinal).Select(g => new FigureValue(0, g.Key, g.Sum(v => v.Value)))]
            : [.. values];
    }

    internal static IEnumerable<ApprovedFigure> Rows(int reportId, int unitId, int month, IEnumerable<(string Key, long Value)> values) =>
        values.Where(v => v.Value != 0)
            .Append((FigureKeys.VersionKey, FigureKeys.Version))
            .Select(v => new ApprovedFigure { UnitReportId = reportId, UnitId = unitId, ReportingMonth = month, Key = v.Key, Value = v.Value });
}
