using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NguyenTrai.DigitalLiteracy.Data;
using NguyenTrai.DigitalLiteracy.Domain.Common;
using NguyenTrai.DigitalLiteracy.Domain.Periods;
using NguyenTrai.DigitalLiteracy.Domain.Reports;
using NguyenTrai.DigitalLiteracy.Reporting.Figures;
using NguyenTrai.DigitalLiteracy.Reporting.Rules;

namespace NguyenTrai.DigitalLiteracy.Reporting.Workflow;

/// <summary>The narrative a unit writes with its report.</summary>
public sealed record ReportNarrative(string? Highlights, string? Difficulties, string? Proposals);

/// <summary>
/// Applies the <see cref="UnitReport"/> transitions with what the domain type cannot see: a closed period, the
/// submission window, the version the user was looking at (lost races), the figures frozen at approval and who is
/// told. Approving freezes the report's figures in the same transaction; reopening removes them.
/// </summary>
public sealed class UnitReportWorkflow(AppDbContext db, WardClock clock, IOptions<ReportingOptions> options, IReportNotifier notifier)
{
    public static string ClosedMessage(string periodName) =>
        $"Kỳ báo cáo \"{periodName}\" đã khóa sổ: không thể tạo, sửa, gửi, trả lại hay phê duyệt báo cáo trong kỳ này.";

    /// <summary>Null when the unit may send its report for the period today; otherwise why not.</summary>
    public string? WhyCannotSubmit(PeriodInfo period) => !UnitExpectation.IsUnitObligation(period)
        ? "Các đơn vị không gửi báo cáo cho kỳ này: số liệu quý, 6 tháng, 9 tháng và năm được Phòng tổng hợp từ báo cáo tháng."
        : SubmissionWindow.WhyClosed(period.EndDate, clock.Today, options.Value.SubmissionOpensDaysBeforeEnd);

    /// <summary>Staff save the narrative (and optionally send it); the report is started on first save.</summary>
    public async Task SaveAsync(int unitId, ReportingPeriod period, ReportNarrative narrative, byte[] postedVersion, bool submit, ReportActor actor)
    {
        EnsureOpen(period);
        if (submit && WhyCannotSubmit(PeriodInfo.Of(period)) is { } why)
        {
            throw new DomainRuleException(why);
        }

        var report = await db.UnitReports.Include(r => r.History).FirstOrDefaultAsync(r => r.UnitId == unitId && r.ReportingPeriodId == period.Id);
        if (report is null)
        {
            if (postedVersion.Length > 0)
            {
                throw Concurrency.Conflict();
            }

            report = UnitReport.Start(unitId, period.Id);
            db.UnitReports.Add(report);
        }
        else
        {
            db.Expect(report, postedVersion);
        }

        report.UpdateNarrative(VietnameseText.Normalize(narrative.Highlights), VietnameseText.Normalize(narrative.Difficulties), VietnameseText.Normalize(narrative.Proposals));
        if (submit)
        {
            report.Submit(actor);
            var unit = await db.Units.AsNoTracking().Where(u => u.Id == unitId).Select(u => u.Name).FirstAsync();
            var again = report.SubmissionCount > 1 ? $" (gửi lại lần {report.SubmissionCount})" : "";
            await notifier.NotifyOfficeAsync($"{unit} gửi báo cáo {period.Name}{again}",
                $"{actor.DisplayName} đã gửi báo cáo {period.Name} của {unit}{again}. Đề nghị xem xét, phê duyệt hoặc trả lại.",
                ReviewLink(report));
        }

        await SaveAsync();
        if (submit)
        {
            await notifier.FlushEmailAsync();
        }
    }

    public async Task ApproveAsync(UnitReport report, byte[] postedVersion, ReportActor actor)
    {
        var period = await PeriodOfAsync(report);
        EnsureOpen(period);
        db.Expect(report, postedVersion);
        report.Approve(actor);
        await FrozenFigures.FreezeAsync(db, report, PeriodInfo.Of(period));
        await notifier.NotifyUnitAsync(report.UnitId, $"Báo cáo {period.Name} đã được phê duyệt",
            $"Phòng đã phê duyệt báo cáo {period.Name} của đơn vị; số liệu được tính vào số liệu chính thức.", UnitLink(period));
        await SaveAsync();
        await notifier.FlushEmailAsync();
    }

    public async Task ReturnAsync(UnitReport report, byte[] postedVersion, string reason, ReportActor actor)
    {
        var period = await PeriodOfAsync(report);
        EnsureOpen(period);
        db.Expect(report, postedVersion);
        report.Return(actor, VietnameseText.Normalize(reason) ?? "");
        await notifier.NotifyUnitAsync(report.UnitId, $"Báo cáo bị trả lại: {period.Name}", $"Lý do: {report.ReturnReason}", UnitLink(period));
        await SaveAsync();
        await notifier.FlushEmailAsync();
    }

    /// <summary>The office takes back an approval: the frozen figures go in the same transaction.</summary>
    public async Task ReopenAsync(UnitReport report, byte[] postedVersion, string reason, ReportActor actor)
    {
        var period = await PeriodOfAsync(report);
        EnsureOpen(period);
        db.Expect(report, postedVersion);
        report.Reopen(actor, VietnameseText.Normalize(reason) ?? "");
        await notifier.NotifyUnitAsync(report.UnitId, $"Báo cáo đã phê duyệt được mở lại: {period.Name}", $"Lý do: {report.ReturnReason}", UnitLink(period));
        await using var transaction = await db.Database.BeginTransactionAsync();
        await FrozenFigures.UnfreezeAsync(db, report.Id);
        await SaveAsync();
        await transaction.CommitAsync();
        await notifier.FlushEmailAsync();
    }

    /// <returns>How many were approved; reports no longer submitted or in a closed period are skipped.</returns>
    public async Task<int> BulkApproveAsync(IReadOnlyCollection<int> reportIds, ReportActor actor)
    {
        var reports = await db.UnitReports.Include(r => r.ReportingPeriod)
            .Where(r => reportIds.Contains(r.Id) && r.Status == UnitReportStatus.Submitted && !r.ReportingPeriod!.IsClosed)
            .ToListAsync();
        foreach (var report in reports)
        {
            report.Approve(actor);
            await FrozenFigures.FreezeAsync(db, report, PeriodInfo.Of(report.ReportingPeriod!));
            await notifier.NotifyUnitAsync(report.UnitId, $"Báo cáo {report.ReportingPeriod!.Name} đã được phê duyệt",
                $"Phòng đã phê duyệt báo cáo {report.ReportingPeriod.Name} của đơn vị; số liệu được tính vào số liệu chính thức.", UnitLink(report.ReportingPeriod));
        }

        await SaveAsync();
        await notifier.FlushEmailAsync();
        return reports.Count;
    }

    private static string UnitLink(ReportingPeriod period) => $"/bao-cao-don-vi/{period.Id}";

    /// <summary>A first submission creates the report in the same save, before it has an id: link by unit and period then.</summary>
    private static string ReviewLink(UnitReport report) => report.Id > 0
        ? $"/duyet-bao-cao/{report.Id}"
        : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"/duyet-bao-cao/don-vi/{report.UnitId}/ky/{report.ReportingPeriodId}");

    private async Task<ReportingPeriod> PeriodOfAsync(UnitReport report) =>
        report.ReportingPeriod ?? await db.ReportingPeriods.FirstAsync(p => p.Id == report.ReportingPeriodId);

    private static void EnsureOpen(ReportingPeriod period)
    {
        if (period.IsClosed)
        {
            throw new DomainRuleException(ClosedMessage(period.Name));
        }
    }

    private async Task SaveAsync()
    {
        try
        {
            await db.SaveAsync();
        }
        catch (DbUpdateException ex) when (db.ChangeTracker.Entries<UnitReport>().Any(e => e.State == EntityState.Added))
        {
            // Two staff of the unit started the report at the same moment: the unique (period, unit) index kept one.
            throw Concurrency.Conflict(ex);
        }
    }
}
