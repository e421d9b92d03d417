using Microsoft.EntityFrameworkCore;
using NguyenTrai.DigitalLiteracy.Data;
using NguyenTrai.DigitalLiteracy.Domain.Common;
using NguyenTrai.DigitalLiteracy.Domain.Entries;
using NguyenTrai.DigitalLiteracy.Domain.Reports;
using NguyenTrai.DigitalLiteracy.Pdf;
using NguyenTrai.DigitalLiteracy.Reporting.Figures;
using NguyenTrai.DigitalLiteracy.Reporting.Rules;

namespace NguyenTrai.DigitalLiteracy.Reporting.Documents;

/// <summary>A unit's report for a period as PDF: the report's figures (frozen once approved) and the entries behind them.</summary>
public sealed class UnitReportDocument(AppDbContext db, FiguresQuery figures, WardProfileStore profiles, WardClock clock)
{
    public async Task<byte[]> RenderAsync(UnitReport report, CancellationToken ct = default)
    {
        var period = PeriodInfo.Of(report.ReportingPeriod!);
        var unit = report.Unit!;
        var profile = await profiles.GetAsync(ct);
        var totals = (await figures.ForReportAsync(report.UnitId, period, report.Id, report.Status, ct)).Totals;
        var entries = ReportEntries.Of(db, report.UnitId, period);
        IQueryable<T> Own<T>() where T : Entry => entries.OfType<T>().OrderBy(e => e.Date).ThenBy(e => e.Id);
        var propaganda = await Own<PropagandaActivity>().Select(p => new { p.Date, p.Title, p.Channel, p.Quantity }).ToListAsync(ct);
        var sessions = await Own<TrainingSession>().Select(s => new { s.Date, s.Title, s.Format, s.ParticipantsTotal, s.ParticipantsWomen, s.ParticipantsAged60Plus }).ToListAsync(ct);
        var initiatives = await Own<Initiative>().Select(i => new { i.Date, i.Title, i.Kind, i.Status }).ToListAsync(ct);
        var integrations = await Own<IntegrationActivity>().Select(i => new { i.Date, i.PlanName, i.Content, i.Reach }).ToListAsync(ct);
        var issuer = new UnitReportIssuer(profile.CommitteeName, profile.PlaceName, profile.OfficeName, unit.Name, unit.ReportSymbol, unit.HeadName, unit.HeadPosition);
        // A sent report is dated the day the unit sent it; a report still being written, today.
        var date = report.SubmittedAtUtc is { } sent ? WardClock.LocalDateOf(sent) : clock.Today;
        var data = new UnitReportData(
            issuer, period.Name, period.StartDate, period.EndDate, report.Status == UnitReportStatus.Approved, date, totals,
            [.. propaganda.Select(p => (p.Date, p.Title, p.Channel.Text(), (long)p.Quantity))],
            [.. sessions.Select(s => new SessionRow(s.Date, unit.Name, s.Title, s.Format.Text(), s.ParticipantsTotal, s.ParticipantsWomen, s.ParticipantsAged60Plus))],
            [.. initiatives.Select(i => (i.Date, i.Title, i.Kind.Text(), i.Status.Text()))],
            [.. integrations.Select(i => (i.Date, i.PlanName, i.Content, (long?)i.Reach))],
            report.Highlights, report.Difficulties, report.Proposals);
        return PdfRenderer.Render(UnitReportComposer.Compose(data), signing: null);
    }
}
