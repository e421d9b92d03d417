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

    private static string TrainingNumbers(List<TrainingSession> s) =>
        $"{N(s.Count)} {N(s.Sum(t => t.ParticipantsTotal))} {N(s.Sum(t => t.ParticipantsWomen))} {N(s.Sum(t => t.ParticipantsAged60Plus))} {N(s.Sum(t => t.AccountsCreated))} {N(s.Sum(t => t.Completions))}";
}
