using Microsoft.EntityFrameworkCore;
using NguyenTrai.DigitalLiteracy.Data;
using NguyenTrai.DigitalLiteracy.Domain.Common;
using NguyenTrai.DigitalLiteracy.Domain.Entries;
using NguyenTrai.DigitalLiteracy.Domain.Reports;
using NguyenTrai.DigitalLiteracy.Reporting.Compliance;
using NguyenTrai.DigitalLiteracy.Reporting.Figures;
using NguyenTrai.DigitalLiteracy.Reporting.Rules;

namespace NguyenTrai.DigitalLiteracy.Reporting.Documents;

/// <summary>
/// A consolidated report's figures: the window's <see cref="WindowFigures"/> (the same object the dashboards show)
/// plus the rows the appendix lists, read from the same counted entries as no-tracking projections.
/// </summary>
public sealed class ReportFiguresLoader(AppDbContext db, FiguresQuery figures)
{
    public async Task<ReportFigures> LoadAsync(ReportingReference reference, FiguresScope scope, CancellationToken ct = default)
    {
        var window = await figures.LoadAsync(reference, scope, ct);
        var counted = figures.CountedEntries(reference, scope);
        string Name(int id) => reference.UnitName(id);

        var selected = await counted.OfType<Initiative>().Where(i => i.Status == InitiativeStatus.Selected)
            .OrderBy(i => i.Date).ThenBy(i => i.Id)
            .Select(i => new { i.UnitId, i.Title, i.Kind, i.ProposerName, i.Description, i.Results }).ToListAsync(ct);
        var integrations = await counted.OfType<IntegrationActivity>().OrderBy(i => i.Date).ThenBy(i => i.Id)
            .Select(i => new { i.UnitId, i.Date, i.PlanName, i.OrganisingBody, i.Content, i.Reach }).ToListAsync(ct);
        var sessions = await counted.OfType<TrainingSession>().OrderBy(t => t.Date).ThenBy(t => t.Id)
            .Select(t => new { t.UnitId, t.Date, t.Title, t.Format, t.ParticipantsTotal, t.ParticipantsWomen, t.ParticipantsAged60Plus }).ToListAsync(ct);

        var places = await counted.Where(e => e is PropagandaActivity || e is TrainingSession)
            .Select(e => new { Place = e is PropagandaActivity ? ((PropagandaActivity)e).Place : ((TrainingSession)e).Place, Propaganda = e is PropagandaActivity ? 1L : 0L })
            .Where(p => p.Place != null && p.Place != "")
            .GroupBy(p => p.Place)
            .Select(g => new { Place = g.Key!, Propaganda = g.Sum(p => p.Propaganda), All = g.LongCount() })
            .ToListAsync(ct);

        return new ReportFigures
        {
            WindowStart = scope.Window.Start,
            WindowEnd = scope.Window.End,
            Movements = [.. reference.Campaigns.Where(c => scope.CampaignIds?.Contains(c.Id) == true).Select(c => c.Name)],
            Totals = window.Totals,
            Propaganda = [.. window.Channels.Where(c => c.Count > 0).Select(c => new ChannelFigureRow(c.Channel.Text(), c.Count, c.Quantity, c.Reach))],
            PropagandaByMode = window.PropagandaModes,
            TrainingByMode = window.TrainingModes,
            TrainingByPlatform = window.Platforms,
            TrainingByGroup = window.TargetGroups,
            Places = [.. places.GroupBy(p => p.Place.Trim(), StringComparer.OrdinalIgnoreCase)
                .Select(g => new PlaceRow(g.First().Place.Trim(), g.Sum(p => p.Propaganda), g.Sum(p => p.All - p.Propaganda)))
                .OrderByDescending(p => p.Propaganda + p.Sessions).ThenBy(p => p.Place, ReportingReference.VietnameseOrder)],
            TrainingByUnit = [.. reference.Units.Where(u => window.ByUnit.ContainsKey(u.Id))
                .Select(u => (u.Name, Totals: window.ByUnit[u.Id].Totals)).Where(u => u.Totals.Sessions > 0)
                .Select(u => new UnitTrainingFigures(u.Name, u.Totals.Sessions, u.Totals.Participants, u.Totals.Women, u.Totals.Aged60Plus, u.Totals.Accounts, u.Totals.Completions))],
            Initiatives = new InitiativeCounts(window.Totals.Initiatives, window.InitiativesWith(InitiativeStatus.UnderReview),
                window.InitiativesWith(InitiativeStatus.Selected), window.InitiativesWith(InitiativeStatus.NotSelected)),
            SelectedInitiatives = [.. selected.Select(i => new InitiativeRow(i.Title, i.Kind.Text(), Name(i.UnitId), i.ProposerName, i.Description, i.Results ?? ""))],
            Integrations = [.. integrations.Select(i => new IntegrationRow(i.Date, Name(i.UnitId), i.PlanName, i.OrganisingBody, i.Content, i.Reach))],
            Compliance = [.. window.ComplianceByUnit.Select(c => Row(c))],
            ComplianceTotal = window.Compliance,
            Sessions = [.. sessions.Select(s => new SessionRow(s.Date, Name(s.UnitId), s.Title, s.Format.Text(), s.ParticipantsTotal, s.ParticipantsWomen, s.ParticipantsAged60Plus))],
            Narratives = await NarrativesAsync(reference, scope, ct),
        };
    }

    private static ComplianceRow Row(UnitCompliance c)
    {
        var s = c.Summary;
        return new ComplianceRow(c.Unit.Name, s.Expected, s.NotDue, s.Approved, s.AwaitingReview + s.Returned, s.NotSent, s.OnTime, s.Late);
    }

    /// <summary>Each unit's latest approved narrative in the window: what units say of their work and difficulties.</summary>
    private async Task<IReadOnlyList<UnitNarrative>> NarrativesAsync(ReportingReference reference, FiguresScope scope, CancellationToken ct)
    {
        var periodIds = reference.MonthlyCovering(scope.Window).Select(p => p.Id).ToList();
        var unitIds = reference.ReportingUnits(scope).Select(u => u.Id).ToList();
        var reports = await db.UnitReports.AsNoTracking()
            .Where(r => periodIds.Contains(r.ReportingPeriodId) && unitIds.Contains(r.UnitId) && r.Status == UnitReportStatus.Approved)
            .Select(r => new { r.UnitId, r.ReportingPeriod!.StartDate, r.Highlights, r.Difficulties, r.Proposals })
            .ToListAsync(ct);
        return [.. reports.GroupBy(r => r.UnitId)
            .Select(g => g.OrderByDescending(r => r.StartDate).First())
            .Select(r => new UnitNarrative(reference.UnitName(r.UnitId), r.Highlights, r.Difficulties, r.Proposals))
            .OrderBy(n => n.Unit, ReportingReference.VietnameseOrder)];
    }
}
