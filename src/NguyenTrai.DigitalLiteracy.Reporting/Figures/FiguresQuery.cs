using Microsoft.EntityFrameworkCore;
using NguyenTrai.DigitalLiteracy.Data;
using NguyenTrai.DigitalLiteracy.Domain.Entries;
using NguyenTrai.DigitalLiteracy.Domain.Reports;
using NguyenTrai.DigitalLiteracy.Reporting.Compliance;
using NguyenTrai.DigitalLiteracy.Reporting.Rules;

namespace NguyenTrai.DigitalLiteracy.Reporting.Figures;

/// <summary>
/// Loads figures for a scope. Whole Decree 09 months (a month, quarter, half-year, nine months, year) of official
/// figures are sums of the figures frozen at approval; any other scope (ad hoc or thematic window, movements,
/// reports not yet approved) is counted from the entries with the same families. Both give the same numbers for
/// the same entries, which the tests check on generated data.
/// </summary>
public sealed class FiguresQuery(AppDbContext db, ComplianceQuery compliance)
{
    public async Task<WindowFigures> LoadAsync(ReportingReference reference, FiguresScope scope, CancellationToken ct = default)
    {
        var (total, frozen) = await ByGrainAsync(reference, scope, Grain.Ward, headlineOnly: false, ct);
        var (byUnit, _) = await ByGrainAsync(reference, scope, Grain.Unit, headlineOnly: true, ct);
        var statuses = await InitiativeStatusesAsync(reference, scope, ct);
        var obligations = await compliance.ForWindowAsync(reference, scope, ct);
        return new WindowFigures(scope, frozen, total.GetValueOrDefault(0) ?? FigureSet.Empty, byUnit, statuses, obligations);
    }

    /// <summary>The headline figures (<see cref="Totals"/>) of a scope by unit or by month.</summary>
    public async Task<IReadOnlyDictionary<int, FigureSet>> ByAsync(ReportingReference reference, FiguresScope scope, Grain grain, CancellationToken ct = default) =>
        (await ByGrainAsync(reference, scope, grain, headlineOnly: true, ct)).Sets;

    /// <summary>A unit report's own figures: frozen once approved, counted from its entries before that.</summary>
    public async Task<FigureSet> ForReportAsync(int unitId, PeriodInfo period, int? reportId, UnitReportStatus? status, CancellationToken ct = default)
    {
        IReadOnlyList<FigureValue> values;
        if (status == UnitReportStatus.Approved && reportId is { } id && period.ReportingMonth != 0)
        {
            values = [.. (await db.ApprovedFigures.AsNoTracking().Where(f => f.UnitReportId == id && f.Key != FigureKeys.VersionKey)
                .Select(f => new { f.Key, f.Value }).ToListAsync(ct)).Select(f => new FigureValue(unitId, f.Key, f.Value))];
        }
        else
        {
            values = await FigureFamilies.ComputeAsync(ReportEntries.Of(db, unitId, period), Grain.Unit, ct: ct);
        }

        return FigureFamilies.ToSets(values).GetValueOrDefault(unitId) ?? FigureSet.Empty;
    }

    /// <summary>
    /// The headline figures of a unit report, as <see cref="ForReportAsync"/> gives them (frozen once approved, counted
    /// from its entries before that) but with the totals family only: one query, for pages showing <see cref="Totals"/>.
    /// </summary>
    public async Task<Totals> ForReportTotalsAsync(int unitId, PeriodInfo period, int? reportId, UnitReportStatus? status, CancellationToken ct = default)
    {
        if (status == UnitReportStatus.Approved && reportId is not null && period.ReportingMonth != 0)
        {
            return (await ForReportAsync(unitId, period, reportId, status, ct)).Totals;
        }

        var values = await FigureFamilies.TotalsAsync(ReportEntries.Of(db, unitId, period), Grain.Unit, ct);
        return (FigureFamilies.ToSets(values).GetValueOrDefault(unitId) ?? FigureSet.Empty).Totals;
    }

    /// <summary>The counted entries of a scope, for the row lists of documents (sessions, initiatives, integration).</summary>
    public IQueryable<Entry> CountedEntries(ReportingReference reference, FiguresScope scope) =>
        OfficialEntries.Query(db, scope, IsAligned(reference, scope));

    /// <summary>Counted from the entries whatever the window: the path frozen sums must always agree with (tests).</summary>
    internal async Task<IReadOnlyDictionary<int, FigureSet>> FromEntriesAsync(ReportingReference reference, FiguresScope scope, Grain grain, CancellationToken ct = default) =>
        FigureFamilies.ToSets(await FigureFamilies.ComputeAsync(OfficialEntries.Query(db, scope, IsAligned(reference, scope)), grain, ct: ct));

    /// <summary>Every figure (all families) of whole months from the frozen rows: the path the tests compare with <see cref="FromEntriesAsync"/>.</summary>
    internal async Task<IReadOnlyDictionary<int, FigureSet>> AllFrozenAsync(ReportingReference reference, FiguresScope scope, Grain grain, CancellationToken ct = default) =>
        (await ByGrainAsync(reference, scope, grain, headlineOnly: false, ct)).Sets;

    private async Task<(IReadOnlyDictionary<int, FigureSet> Sets, bool Frozen)> ByGrainAsync(
        ReportingReference reference, FiguresScope scope, Grain grain, bool headlineOnly, CancellationToken ct)
    {
        var months = reference.MonthlyCovering(scope.Window);
        var aligned = WindowCoverage.IsPeriodAligned(months, scope.Window);
        if (aligned && !scope.IncludeSubmitted && !scope.HasCampaigns)
        {
            var units = scope.UnitId is null && scope.UnitKind is null ? null : reference.ReportingUnits(scope).Select(u => u.Id).ToList();
            var frozen = await FrozenFigures.SumAsync(db, [.. months.Select(m => m.ReportingMonth)], units, grain, headlineOnly, ct);
            return (FigureFamilies.ToSets(frozen), true);
        }

        var counted = OfficialEntries.Query(db, scope, aligned);
        return (FigureFamilies.ToSets(await FigureFamilies.ComputeAsync(counted, grain, headlineOnly, ct)), false);
    }

    /// <summary>The office's evaluation is read live: it is the office's decision, made after the unit's report.</summary>
    private async Task<IReadOnlyList<StatusCount>> InitiativeStatusesAsync(ReportingReference reference, FiguresScope scope, CancellationToken ct)
    {
        var counts = await CountedEntries(reference, scope).OfType<Initiative>().GroupBy(i => i.Status)
            .Select(g => new { g.Key, Count = g.LongCount() }).ToListAsync(ct);
        return [.. Enum.GetValues<InitiativeStatus>().Select(s => new StatusCount(s, counts.FirstOrDefault(c => c.Key == s)?.Count ?? 0))];
    }

    private static bool IsAligned(ReportingReference reference, FiguresScope scope) =>
        WindowCoverage.IsPeriodAligned(reference.MonthlyCovering(scope.Window), scope.Window);
}
