using System.Globalization;
using Microsoft.EntityFrameworkCore;
using NguyenTrai.DigitalLiteracy.Domain.Common;
using NguyenTrai.DigitalLiteracy.Domain.Entries;
using NguyenTrai.DigitalLiteracy.Domain.Periods;
using NguyenTrai.DigitalLiteracy.Domain.Reports;
using NguyenTrai.DigitalLiteracy.TestSupport;

namespace NguyenTrai.DigitalLiteracy.IntegrationTests.ConsolidatedReports;

/// <summary>
/// The appendix rows the PDF must show, computed here in memory from raw rows (not through the portal's query):
/// an entry counts when its unit's monthly report for the month containing its date is approved.
/// </summary>
internal static class IndependentSums
{
    private static readonly CultureInfo Vi = CultureInfo.GetCultureInfo("vi-VN");

    public static string N(long n) => n.ToString("N0", Vi);

    public static async Task<IReadOnlyList<(string Label, string Numbers)>> ExpectedRowsAsync(PortalFactory factory, DateOnly from, DateOnly to) =>
        await factory.WithDbAsync(async db =>
        {
            var approved = await db.UnitReports.AsNoTracking()
                .Where(r => r.Status == UnitReportStatus.Approved && r.ReportingPeriod!.Kind == PeriodKind.Monthly)
                .Select(r => new { r.UnitId, r.ReportingPeriod!.StartDate, r.ReportingPeriod.EndDate }).ToListAsync();
            bool Counts(Entry e) => e.Date >= from && e.Date <= to && approved.Any(a => a.UnitId == e.UnitId && a.StartDate <= e.Date && e.Date <= a.EndDate);
            var units = await db.Units.AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.Name);
            var training = (await db.TrainingSessions.AsNoTracking().ToListAsync()).Where(Counts).ToList();
            var propaganda = (await db.PropagandaActivities.AsNoTracking().ToListAsync()).Where(Counts).ToList();
            Assert.NotEmpty(training);
            Assert.NotEmpty(propaganda);

            var rows = new List<(string Label, string Numbers)>();
            rows.AddRange(propaganda.GroupBy(p => p.Channel).Select(g =>
                (g.Key.Text(), $"{N(g.Count())} {N(g.Sum(p => p.Quantity))} {N(g.Sum(p => (long)(p.EstimatedReach ?? 0)))}")));
            rows.Add(("Tổng cộng", $"{N(propaganda.Count)} {N(propaganda.Sum(p => p.Quantity))} {N(propaganda.Sum(p => (long)(p.EstimatedReach ?? 0)))}"));
            rows.AddRange(training.GroupBy(t => t.UnitId).Select(g => (units[g.Key], TrainingNumbers(g.ToList()))));
            rows.Add(("Tổng cộng", TrainingNumbers(training)));
            return rows;
        });

    /// <summary>
    /// Biểu 3: per unit that reports (not the consolidating office), the monthly periods overlapping the window it was
    /// active for from first to last day: owed, not yet due, approved, pending, due and not sent, sent on time, late.
    /// </summary>
    public static async Task<IReadOnlyList<(string Label, string Numbers)>> ExpectedComplianceRowsAsync(PortalFactory factory, DateOnly from, DateOnly to) =>
        await factory.WithDbAsync(async db =>
        {
            var today = DateOnly.FromDateTime(factory.Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(7)).DateTime);
            var months = (await db.ReportingPeriods.AsNoTracking().Where(p => p.Kind == PeriodKind.Monthly).ToListAsync())
                .Where(p => p.StartDate <= to && p.EndDate >= from).ToList();
            var reports = await db.UnitReports.AsNoTracking().Select(r => new { r.UnitId, r.ReportingPeriodId, r.Status, r.FirstSubmittedAtUtc }).ToListAsync();
            var rows = new List<(string Label, string Numbers)>();
            long[] total = new long[7];
            foreach (var unit in (await db.Units.AsNoTracking().ToListAsync()).Where(u => u.SubmitsReports))
            {
                var owed = months.Where(m => unit.ActiveFrom <= m.StartDate && (unit.ActiveTo == null || unit.ActiveTo >= m.EndDate)).ToList();
                if (owed.Count == 0)
                {
                    continue;
                }

                var due = owed.Where(m => m.Deadline <= today)
                    .Select(m => (Month: m, Report: reports.FirstOrDefault(r => r.UnitId == unit.Id && r.ReportingPeriodId == m.Id))).ToList();
                var sent = due.Where(d => d.Report?.FirstSubmittedAtUtc is not null).ToList();
                var late = sent.Count(d => DateOnly.FromDateTime(d.Report!.FirstSubmittedAtUtc!.Value.AddHours(7)) > d.Month.Deadline);
                long[] row =
                [
                    owed.Count, owed.Count - due.Count,
                    due.Count(d => d.Report?.Status == UnitReportStatus.Approved),
                    due.Count(d => d.Report?.Status is UnitReportStatus.Submitted or UnitReportStatus.Returned),
                    due.Count - sent.Count, sent.Count - late, late,
                ];
                rows.Add((unit.Name, string.Join(' ', row.Select(N))));
                for (var i = 0; i < total.Length; i++)
                {
                    total[i] += row[i];
                }
            }

            rows.Add(("Tổng cộng", string.Join(' ', total.Select(N))));
            return rows;
        });

    /// <summary>Biểu 5: the dates of the counted integration activities, one per row.</summary>
    public static async Task<IReadOnlyList<string>> ExpectedIntegrationDatesAsync(PortalFactory factory, DateOnly from, DateOnly to) =>
        await factory.WithDbAsync(async db =>
        {
            var approved = await db.UnitReports.AsNoTracking()
                .Where(r => r.Status == UnitReportStatus.Approved && r.ReportingPeriod!.Kind == PeriodKind.Monthly)
                .Select(r => new { r.UnitId, r.ReportingPeriod!.StartDate, r.ReportingPeriod.EndDate }).ToListAsync();
            return (IReadOnlyList<string>)[.. (await db.IntegrationActivities.AsNoTracking().ToListAsync())
                .Where(e => e.Date >= from && e.Date <= to && approved.Any(a => a.UnitId == e.UnitId && a.StartDate <= e.Date && e.Date <= a.EndDate))
                .Select(e => e.Date.ToString("dd/MM/yyyy", Vi)).Order(StringComparer.Ordinal)];
        });

    private static string TrainingNumbers(List<TrainingSession> s) =>
        $"{N(s.Count)} {N(s.Sum(t => t.ParticipantsTotal))} {N(s.Sum(t => t.ParticipantsWomen))} {N(s.Sum(t => t.ParticipantsAged60Plus))} {N(s.Sum(t => t.AccountsCreated))} {N(s.Sum(t => t.Completions))}";
}
