using Microsoft.EntityFrameworkCore;
using NguyenTrai.DigitalLiteracy.Data;
using NguyenTrai.DigitalLiteracy.Domain.Common;
using NguyenTrai.DigitalLiteracy.Domain.Entries;
using NguyenTrai.DigitalLiteracy.Domain.Periods;
using NguyenTrai.DigitalLiteracy.Domain.Reports;

namespace NguyenTrai.DigitalLiteracy.Web.Features.ConsolidatedReports;

/// <summary>Loads the figures of a window through <see cref="ApprovedEntriesQuery"/> (no-tracking projections).</summary>
public sealed class ReportFiguresQuery(AppDbContext db)
{
    // The consolidating office does not report to itself.
    private const string ConsolidatingUnitCode = "VHXH";

    public async Task<ReportFigures> LoadAsync(DateOnly from, DateOnly to, CancellationToken ct = default)
    {
        var units = await db.Units.AsNoTracking().Where(u => u.Code != ConsolidatingUnitCode).OrderBy(u => u.Id).ToListAsync(ct);
        var names = units.ToDictionary(u => u.Id, u => u.Name);
        string Name(int id) => names.GetValueOrDefault(id, "");

        var approved = await ApprovedEntriesQuery.LoadAsync(db, ct);
        var propaganda = await approved.Counted<PropagandaActivity>(from, to)
            .Select(p => new { p.Channel, p.Quantity, p.EstimatedReach }).ToListAsync(ct);
        var sessions = await approved.Counted<TrainingSession>(from, to)
            .OrderBy(t => t.Date).ThenBy(t => t.Id)
            .Select(t => new { t.UnitId, t.Date, t.Title, t.Format, t.ParticipantsTotal, t.ParticipantsWomen, t.ParticipantsAged60Plus, t.AccountsCreated, t.Completions })
            .ToListAsync(ct);
        var initiatives = await approved.Counted<Initiative>(from, to)
            .OrderBy(i => i.Date).ThenBy(i => i.Id)
            .Select(i => new { i.UnitId, i.Title, i.Kind, i.ProposerName, i.Description, i.Results, i.Status }).ToListAsync(ct);
        var integrations = await approved.Counted<IntegrationActivity>(from, to)
            .OrderBy(i => i.Date).ThenBy(i => i.Id)
            .Select(i => new { i.UnitId, i.Date, i.PlanName, i.OrganisingBody, i.Content, i.Reach })
            .ToListAsync(ct);

        return new ReportFigures
        {
            WindowStart = from,
            WindowEnd = to,
            Propaganda = [.. propaganda.GroupBy(p => p.Channel).OrderBy(g => g.Key)
                .Select(g => new ChannelFigures(g.Key.Text(), g.Count(), g.Sum(p => p.Quantity), g.Sum(p => (long)(p.EstimatedReach ?? 0))))],
            TrainingByUnit = [.. sessions.GroupBy(s => s.UnitId).OrderBy(g => g.Key)
                .Select(g => new UnitTrainingFigures(Name(g.Key), g.Count(), g.Sum(s => s.ParticipantsTotal), g.Sum(s => s.ParticipantsWomen),
                    g.Sum(s => s.ParticipantsAged60Plus), g.Sum(s => s.AccountsCreated), g.Sum(s => s.Completions)))],
            Initiatives = new InitiativeCounts(
                initiatives.Count,
                initiatives.Count(i => i.Status == InitiativeStatus.Selected),
                initiatives.Count(i => i.Status == InitiativeStatus.NotSelected)),
            SelectedInitiatives = [.. initiatives.Where(i => i.Status == InitiativeStatus.Selected)
                .Select(i => new InitiativeRow(i.Title, i.Kind.Text(), Name(i.UnitId), i.ProposerName, i.Description, i.Results ?? ""))],
            Integrations = [.. integrations.Select(i => new IntegrationRow(i.Date, Name(i.UnitId), i.PlanName, i.OrganisingBody, i.Content, i.Reach))],
            Compliance = await ComplianceAsync(units, from, to, ct),
            Sessions = [.. sessions.Select(s => new SessionRow(s.Date, Name(s.UnitId), s.Title, s.Format.Text(), s.ParticipantsTotal, s.ParticipantsWomen, s.ParticipantsAged60Plus))],
            Narratives = await NarrativesAsync(names, from, to, ct),
        };
    }

    private async Task<IReadOnlyList<ComplianceRow>> ComplianceAsync(List<Domain.Units.Unit> units, DateOnly from, DateOnly to, CancellationToken ct)
    {
        var periods = await MonthlyPeriods(from, to).ToListAsync(ct);
        var periodIds = periods.Select(p => p.Id).ToList();
        var reports = await db.UnitReports.AsNoTracking().Where(r => periodIds.Contains(r.ReportingPeriodId))
            .Select(r => new { r.UnitId, r.ReportingPeriodId, r.Status }).ToListAsync(ct);
        return [.. units
            .Select(u =>
            {
                var expected = periods.Where(p => u.IsExpectedToReport(p.Window)).Select(p => p.Id).ToHashSet();
                var own = reports.Where(r => r.UnitId == u.Id && expected.Contains(r.ReportingPeriodId)).ToList();
                var approved = own.Count(r => r.Status == UnitReportStatus.Approved);
                var pending = own.Count(r => r.Status is UnitReportStatus.Submitted or UnitReportStatus.Returned);
                return new ComplianceRow(u.Name, expected.Count, approved, pending, expected.Count - approved - pending);
            })
            .Where(r => r.Expected > 0)];
    }

    /// <summary>Each unit's latest approved narrative in the window: the starting point for sections III-V.</summary>
    private async Task<IReadOnlyList<UnitNarrative>> NarrativesAsync(Dictionary<int, string> names, DateOnly from, DateOnly to, CancellationToken ct)
    {
        var periodIds = await MonthlyPeriods(from, to).Select(p => p.Id).ToListAsync(ct);
        var reports = await db.UnitReports.AsNoTracking()
            .Where(r => periodIds.Contains(r.ReportingPeriodId) && r.Status == UnitReportStatus.Approved)
            .Select(r => new { r.UnitId, r.ReportingPeriod!.StartDate, r.Highlights, r.Difficulties, r.Proposals })
            .ToListAsync(ct);
        return [.. reports.Where(r => names.ContainsKey(r.UnitId)).GroupBy(r => r.UnitId).OrderBy(g => g.Key)
            .Select(g => g.OrderByDescending(r => r.StartDate).First())
            .Select(r => new UnitNarrative(names[r.UnitId], r.Highlights, r.Difficulties, r.Proposals))];
    }

    private IQueryable<ReportingPeriod> MonthlyPeriods(DateOnly from, DateOnly to) =>
        db.ReportingPeriods.AsNoTracking()
            .Where(p => p.Kind == PeriodKind.Monthly && p.StartDate <= to && p.EndDate >= from)
            .OrderBy(p => p.StartDate);
}
