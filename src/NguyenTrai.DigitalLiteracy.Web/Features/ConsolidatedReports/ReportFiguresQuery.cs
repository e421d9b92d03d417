using Microsoft.EntityFrameworkCore;
using NguyenTrai.DigitalLiteracy.Data;
using NguyenTrai.DigitalLiteracy.Domain.Common;
using NguyenTrai.DigitalLiteracy.Domain.Entries;
using NguyenTrai.DigitalLiteracy.Domain.Periods;
using NguyenTrai.DigitalLiteracy.Domain.Reports;
using NguyenTrai.DigitalLiteracy.Web.Features.Dashboard;

namespace NguyenTrai.DigitalLiteracy.Web.Features.ConsolidatedReports;

/// <summary>
/// Loads the figures of a window counted by the official-figures rule (<see cref="CountedEntries"/>): the totals as
/// SQL aggregates, the row lists as no-tracking projections. No entity is materialised.
/// </summary>
public sealed class ReportFiguresQuery(AppDbContext db)
{
    // The consolidating office does not report to itself.

    public async Task<ReportFigures> LoadAsync(DateOnly from, DateOnly to, CancellationToken ct = default)
    {
        var units = await db.Units.AsNoTracking().Where(u => u.Code != Compliance.ComplianceQuery.ConsolidatingUnitCode).OrderBy(u => u.Id).ToListAsync(ct);
        var names = units.ToDictionary(u => u.Id, u => u.Name);
        string Name(int id) => names.GetValueOrDefault(id, "");

        // The whole ward, approved reports only (the dashboards' rule, without their "include submitted" option).
        var counted = CountedEntries.Query(db, new DashboardScope(new PeriodWindow(from, to), to.Year), new PeriodWindow(from, to));
        var propaganda = await counted.OfType<PropagandaActivity>().GroupBy(p => p.Channel)
            .Select(g => new { Channel = g.Key, Activities = g.Count(), Quantity = g.Sum(p => p.Quantity), Reach = g.Sum(p => (long)(p.EstimatedReach ?? 0)) })
            .ToListAsync(ct);
        var training = await counted.OfType<TrainingSession>().GroupBy(t => t.UnitId)
            .Select(g => new UnitTraining(g.Key, g.Count(), g.Sum(t => t.ParticipantsTotal), g.Sum(t => t.ParticipantsWomen),
                g.Sum(t => t.ParticipantsAged60Plus), g.Sum(t => t.AccountsCreated), g.Sum(t => t.Completions)))
            .ToListAsync(ct);
        var initiativeStatuses = await counted.OfType<Initiative>().GroupBy(i => i.Status)
            .Select(g => new { Status = g.Key, Count = g.Count() }).ToListAsync(ct);
        var selected = await counted.OfType<Initiative>().Where(i => i.Status == InitiativeStatus.Selected)
            .OrderBy(i => i.Date).ThenBy(i => i.Id)
            .Select(i => new { i.UnitId, i.Title, i.Kind, i.ProposerName, i.Description, i.Results }).ToListAsync(ct);
        var integrations = await counted.OfType<IntegrationActivity>()
            .OrderBy(i => i.Date).ThenBy(i => i.Id)
            .Select(i => new { i.UnitId, i.Date, i.PlanName, i.OrganisingBody, i.Content, i.Reach })
            .ToListAsync(ct);
        var sessions = await counted.OfType<TrainingSession>()
            .OrderBy(t => t.Date).ThenBy(t => t.Id)
            .Select(t => new { t.UnitId, t.Date, t.Title, t.Format, t.ParticipantsTotal, t.ParticipantsWomen, t.ParticipantsAged60Plus })
            .ToListAsync(ct);
        int Initiatives(InitiativeStatus? status) => initiativeStatuses.Where(s => status is null || s.Status == status).Sum(s => s.Count);

        return new ReportFigures
        {
            WindowStart = from,
            WindowEnd = to,
            Propaganda = [.. propaganda.OrderBy(p => p.Channel).Select(p => new ChannelFigures(p.Channel.Text(), p.Activities, p.Quantity, p.Reach))],
            TrainingByUnit = [.. training.OrderBy(t => t.UnitId).Select(t => new UnitTrainingFigures(Name(t.UnitId), t.Sessions, t.Participants,
                t.Women, t.Aged60Plus, t.AccountsCreated, t.Completions))],
            Initiatives = new InitiativeCounts(Initiatives(null), Initiatives(InitiativeStatus.Selected), Initiatives(InitiativeStatus.NotSelected)),
            SelectedInitiatives = [.. selected.Select(i => new InitiativeRow(i.Title, i.Kind.Text(), Name(i.UnitId), i.ProposerName, i.Description, i.Results ?? ""))],
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

    private sealed record UnitTraining(int UnitId, int Sessions, int Participants, int Women, int Aged60Plus, int AccountsCreated, int Completions);
}
