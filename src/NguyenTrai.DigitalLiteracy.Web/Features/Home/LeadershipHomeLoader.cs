using Microsoft.EntityFrameworkCore;
using NguyenTrai.DigitalLiteracy.Data;
using NguyenTrai.DigitalLiteracy.Domain.Entries;
using NguyenTrai.DigitalLiteracy.Domain.Periods;
using NguyenTrai.DigitalLiteracy.Domain.Targets;
using NguyenTrai.DigitalLiteracy.Reporting;
using NguyenTrai.DigitalLiteracy.Reporting.Compliance;
using NguyenTrai.DigitalLiteracy.Reporting.Figures;
using NguyenTrai.DigitalLiteracy.Reporting.Rules;
using NguyenTrai.DigitalLiteracy.Web.Features.Dashboard;

namespace NguyenTrai.DigitalLiteracy.Web.Features.Home;

/// <summary>
/// The leadership home. Every figure is a Reporting query over a window (year to date, a month, the same days of
/// last year) and every compliance figure a <see cref="ComplianceSummary"/> of Reporting's obligations; this class
/// only chooses the windows and pairs the results. A fixed number of queries, whatever the number of units.
/// </summary>
public sealed class LeadershipHomeLoader(AppDbContext db, FiguresQuery figures, TargetsQuery targets, ComplianceQuery compliance, WardClock clock)
{
    public async Task<LeadershipHome?> LoadAsync(CancellationToken ct = default)
    {
        var today = clock.Today;
        var reference = await ReportingReference.LoadAsync(db, ct);
        var current = reference.MonthlyContaining(today);
        var year = reference.AnnualOf(Decree09Calendar.ReportingYearOf(today));
        if (current is null || year is null)
        {
            return null;
        }

        var lastMonth = reference.MonthlyContaining(current.StartDate.AddDays(-1));
        var monthBefore = lastMonth is null ? null : reference.MonthlyContaining(lastMonth.StartDate.AddDays(-1));
        var previousYtd = PreviousYearToDate(year.Year, today);
        var watched = reference.Periods.Where(p => p.Kind == PeriodKind.Monthly && Deadlines.IsDue(p.Deadline, today)).MaxBy(p => p.Deadline);

        var ytd = await figures.LoadAsync(reference, new FiguresScope(year.Window), ct);
        var lastYtd = await TotalsAsync(reference, previousYtd, ct);
        // The two finished months in one query, grouped by Decree 09 month (they may straddle a year).
        IReadOnlyDictionary<int, FigureSet> recent = lastMonth is null ? new Dictionary<int, FigureSet>()
            : await figures.ByAsync(reference, new FiguresScope(new PeriodWindow((monthBefore ?? lastMonth).StartDate, lastMonth.EndDate)), Grain.Month, ct);
        Totals? MonthTotals(PeriodInfo? p) => p is null ? null : (recent.GetValueOrDefault(p.ReportingMonth) ?? FigureSet.Empty).Totals;
        var (last, before) = (MonthTotals(lastMonth), MonthTotals(monthBefore));
        var byMonth = await figures.ByAsync(reference, new FiguresScope(year.Window), Grain.Month, ct);
        var wardTargets = (await targets.ForYearAsync(reference, year.Year, ct)).Where(t => t.UnitId is null && t.CampaignId is null).ToList();

        // One obligations query for the finished months, the watched period and last year's same months.
        var lastYtdPeriods = reference.MonthlyCovering(previousYtd);
        var owedPeriods = new[] { lastMonth, monthBefore, watched }.OfType<PeriodInfo>().Concat(lastYtdPeriods).DistinctBy(p => p.Id).ToList();
        var obligations = await compliance.ObligationsAsync(owedPeriods, reference.ReportingUnits(new FiguresScope(year.Window)), ct);
        var lastYtdCompliance = ComplianceSummary.Of(obligations.Where(o => lastYtdPeriods.Any(p => p.Id == o.Period.Id)));
        ComplianceSummary? Of(PeriodInfo? p) => p is null ? null : ComplianceSummary.Of(obligations.Where(o => o.Period.Id == p.Id));

        var links = new DrillDown(year.Id, ytd.Scope);
        HeadlineKpi Count(string key, string label, Func<Totals, long> pick, TargetMetric metric, string list) => new(
            key, label,
            new KpiChange(pick(ytd.Totals), pick(lastYtd)),
            new KpiChange(last is null ? null : pick(last), before is null ? null : pick(before)),
            wardTargets.FirstOrDefault(t => t.Metric == metric),
            links.To(list));

        var kpis = new List<HeadlineKpi>
        {
            Count("participants", "Lượt người được hướng dẫn", t => t.Participants, TargetMetric.PeopleTrained, DrillDown.Training),
            Count("sessions", "Lớp học, buổi hướng dẫn", t => t.Sessions, TargetMetric.TrainingSessions, DrillDown.Training),
            Count("propaganda", "Hoạt động tuyên truyền", t => t.Propaganda, TargetMetric.PropagandaActivities, DrillDown.Propaganda),
            Count("accounts", "Tài khoản tạo mới trên binhdanhocvuso.gov.vn", t => t.Accounts, TargetMetric.AccountsCreated, DrillDown.Training),
            Count("initiatives", "Sáng kiến, cách làm hay", t => t.Initiatives, TargetMetric.Initiatives, DrillDown.Initiatives) with
            {
                Note = $"trong đó được chọn báo cáo thành phố: {ytd.InitiativesWith(InitiativeStatus.Selected):N0}",
            },
            new HeadlineKpi("ontime", "Tỷ lệ báo cáo tháng gửi đúng hạn",
                new KpiChange(ytd.Compliance.OnTimePercent, lastYtdCompliance.OnTimePercent),
                new KpiChange(Of(lastMonth)?.OnTimePercent, Of(monthBefore)?.OnTimePercent),
                null, "/tinh-hinh-nop?periodId=" + year.Id) { IsPercent = true },
        };

        var months = Enumerable.Range(1, 12).Select(m => (year.Year * 100) + m)
            .Select(m => new MonthRow(m, (byMonth.GetValueOrDefault(m) ?? FigureSet.Empty).Totals)).ToList();
        return new LeadershipHome(year.Year, current, lastMonth, monthBefore, previousYtd, kpis, months)
        {
            WatchedPeriod = watched,
            LateOrMissing = [.. obligations
                .Where(o => o.Period.Id == watched?.Id && o.Timing is ReportTiming.Overdue or ReportTiming.Late)
                .OrderBy(o => o.Timing == ReportTiming.Late).ThenBy(o => o.Unit.Name, ReportingReference.VietnameseOrder)],
            IssuedReports = await LatestIssuedAsync(ct),
        };
    }

    /// <summary>The same days of the previous reporting year: 15/12 two years back up to today's date a year ago.</summary>
    public static PeriodWindow PreviousYearToDate(int year, DateOnly today)
    {
        var previous = Decree09Calendar.Annual(year - 1);
        var sameDay = today.AddYears(-1);
        return new PeriodWindow(previous.Start, sameDay < previous.Start ? previous.Start : sameDay > previous.End ? previous.End : sameDay);
    }

    private async Task<Totals> TotalsAsync(ReportingReference reference, PeriodWindow window, CancellationToken ct) =>
        FigureSet.Sum((await figures.ByAsync(reference, new FiguresScope(window), Grain.Unit, ct)).Values).Totals;

    private async Task<IReadOnlyList<IssuedReportLink>> LatestIssuedAsync(CancellationToken ct) =>
        await db.IssuedReports.AsNoTracking()
            .OrderByDescending(i => i.IssueDate).ThenByDescending(i => i.Id)
            .Take(5)
            .Select(i => new IssuedReportLink(i.Id, i.Number, i.IssueDate, i.ConsolidatedReport!.Subject))
            .ToListAsync(ct);
}
