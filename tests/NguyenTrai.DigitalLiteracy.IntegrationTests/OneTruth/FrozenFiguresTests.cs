using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NguyenTrai.DigitalLiteracy.Domain.Periods;
using NguyenTrai.DigitalLiteracy.Domain.Reports;
using NguyenTrai.DigitalLiteracy.IntegrationTests.ConsolidatedReports;
using NguyenTrai.DigitalLiteracy.Reporting.Figures;
using NguyenTrai.DigitalLiteracy.Reporting.Rules;
using static NguyenTrai.DigitalLiteracy.IntegrationTests.ConsolidatedReports.ReportScenario;

namespace NguyenTrai.DigitalLiteracy.IntegrationTests.OneTruth;

/// <summary>Figures frozen at approval, summed for whole months, equal the same figures counted from the entries.</summary>
[Collection(ReportScenario.Collection)]
public sealed class FrozenFiguresTests(OneTruthWard ward) : IClassFixture<OneTruthWard>
{
    [Fact]
    public async Task Every_decree_09_period_gives_the_same_figures_from_frozen_rows_and_from_entries()
    {
        await using var scope = ward.Services.CreateAsyncScope();
        var figures = scope.ServiceProvider.GetRequiredService<FiguresQuery>();
        var db = scope.ServiceProvider.GetRequiredService<Data.AppDbContext>();
        var reference = await ReportingReference.LoadAsync(db);
        var periods = reference.Periods.Where(p => p.Kind is not PeriodKind.Thematic and not PeriodKind.AdHoc && p.StartDate < ward.Today).ToList();
        Assert.True(periods.Count >= 20);
        Assert.True(await db.ApprovedFigures.CountAsync() > 100, "approved reports should have frozen figures");

        foreach (var period in periods)
        {
            foreach (var grain in new[] { Grain.Unit, Grain.Month, Grain.Ward })
            {
                var frozen = await figures.AllFrozenAsync(reference, new FiguresScope(period.Window), grain);
                var live = await figures.FromEntriesAsync(reference, new FiguresScope(period.Window), grain);
                Assert.Equal(Flatten(live), Flatten(frozen));
            }
        }
    }

    [Fact]
    public async Task A_unit_report_pdf_prints_the_reports_own_figures()
    {
        var report = await ward.WithDbAsync(db => db.UnitReports.AsNoTracking().Include(r => r.ReportingPeriod)
            .Where(r => r.Status == UnitReportStatus.Approved && r.Unit!.Code.StartsWith("GEN") && r.ReportingPeriod!.Kind == PeriodKind.Monthly)
            .OrderByDescending(r => r.Id).FirstAsync());
        var period = report.ReportingPeriod!;
        var (propaganda, quantity, reach, sessions, participants) = await ward.WithDbAsync(async db =>
        {
            var entries = await db.Entries.AsNoTracking().Where(e => e.UnitId == report.UnitId && e.Date >= period.StartDate && e.Date <= period.EndDate).ToListAsync();
            var p = entries.OfType<Domain.Entries.PropagandaActivity>().ToList();
            var t = entries.OfType<Domain.Entries.TrainingSession>().ToList();
            return (p.Count, p.Sum(x => (long)x.Quantity), p.Sum(x => (long)(x.EstimatedReach ?? 0)), t.Count, t.Sum(x => (long)x.ParticipantsTotal));
        });
        using var office = await ward.SignInAsync("vhxh");

        var text = string.Join(' ', PageWords(await GetPdfAsync(office, $"/bao-cao-pdf/don-vi/{report.Id}")));

        Assert.Contains($"Tuyên truyền: {IndependentFigures.N(propaganda)} hoạt động, {IndependentFigures.N(quantity)} lượt tin, bài, băng rôn, tiếp cận khoảng {IndependentFigures.N(reach)} lượt người", text, StringComparison.Ordinal);
        Assert.Contains($"{IndependentFigures.N(sessions)} buổi, {IndependentFigures.N(participants)} lượt người tham gia", text, StringComparison.Ordinal);
    }

    private static List<string> Flatten(IReadOnlyDictionary<int, FigureSet> sets) =>
        [.. sets.SelectMany(s => s.Value.Pairs.Select(p => $"{s.Key}/{p.Key}={p.Value}")).Order(StringComparer.Ordinal)];
}
