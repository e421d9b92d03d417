using Microsoft.EntityFrameworkCore;
using NguyenTrai.DigitalLiteracy.Data;
using NguyenTrai.DigitalLiteracy.Domain.Common;
using NguyenTrai.DigitalLiteracy.Domain.Periods;
using NguyenTrai.DigitalLiteracy.Domain.Reports;
using NguyenTrai.DigitalLiteracy.Web.Features.Notifications;
using NguyenTrai.DigitalLiteracy.Web.Infrastructure;

namespace NguyenTrai.DigitalLiteracy.Web.Features.UnitReports;

/// <summary>
/// Applies the <see cref="UnitReport"/> transitions with what the domain type cannot see: a closed period,
/// the version the user was looking at (lost races), the clock for "late", and who is told about it.
/// </summary>
public sealed class ReportWorkflow(AppDbContext db, WardClock clock, CurrentUser me, Notifier notifier)
{
    private ReportActor Actor => new(me.Id, me.DisplayName, clock.UtcNow);

    public static string ClosedMessage(ReportingPeriod period) =>
        $"Kỳ báo cáo \"{period.Name}\" đã khóa sổ: không thể tạo, sửa, gửi, trả lại hay phê duyệt báo cáo trong kỳ này.";

    /// <summary>Staff save the narrative (and optionally submit); the report is started on first save.</summary>
    public async Task SaveAsync(int unitId, ReportingPeriod period, NarrativeForm form, bool submit)
    {
        EnsureOpen(period);
        var report = await db.UnitReports.FirstOrDefaultAsync(r => r.UnitId == unitId && r.ReportingPeriodId == period.Id);
        if (report is null)
        {
            if (form.PostedVersion.Length > 0)
            {
                throw Concurrency.Conflict();
            }

            report = UnitReport.Start(unitId, period.Id);
            db.UnitReports.Add(report);
        }
        else
        {
            db.Expect(report, form.PostedVersion);
        }

        report.UpdateNarrative(VietnameseText.Normalize(form.Highlights), VietnameseText.Normalize(form.Difficulties), VietnameseText.Normalize(form.Proposals));
        if (submit)
        {
            report.Submit(Actor, period.IsLate(clock.LocalNow));
        }

        await SaveAsync();
    }

    public Task ApproveAsync(UnitReport report, byte[] postedVersion) =>
        ReviewAsync(report, postedVersion, r => r.Approve(Actor), null);

    public Task ReturnAsync(UnitReport report, byte[] postedVersion, string reason) =>
        ReviewAsync(report, postedVersion, r => r.Return(Actor, VietnameseText.Normalize(reason) ?? ""), "Báo cáo bị trả lại");

    public Task ReopenAsync(UnitReport report, byte[] postedVersion, string reason) =>
        ReviewAsync(report, postedVersion, r => r.Reopen(Actor, VietnameseText.Normalize(reason) ?? ""), "Báo cáo đã phê duyệt được mở lại");

    /// <returns>How many were approved; reports no longer submitted or in a closed period are skipped.</returns>
    public async Task<int> BulkApproveAsync(IReadOnlyCollection<int> reportIds)
    {
        var reports = await db.UnitReports.Include(r => r.ReportingPeriod)
            .Where(r => reportIds.Contains(r.Id) && r.Status == UnitReportStatus.Submitted && !r.ReportingPeriod!.IsClosed)
            .ToListAsync();
        foreach (var report in reports)
        {
            report.Approve(Actor);
        }

        await SaveAsync();
        return reports.Count;
    }

    private async Task ReviewAsync(UnitReport report, byte[] postedVersion, Action<UnitReport> transition, string? tellUnit)
    {
        var period = report.ReportingPeriod ?? await db.ReportingPeriods.FirstAsync(p => p.Id == report.ReportingPeriodId);
        EnsureOpen(period);
        db.Expect(report, postedVersion);
        transition(report);
        if (tellUnit is not null)
        {
            await notifier.NotifyUnitsAsync([report.UnitId], $"{tellUnit}: {period.Name}", $"Lý do: {report.ReturnReason}", $"/bao-cao-don-vi/{period.Id}");
        }

        await SaveAsync();
        await notifier.FlushEmailAsync();
    }

    private static void EnsureOpen(ReportingPeriod period)
    {
        if (period.IsClosed)
        {
            throw new DomainRuleException(ClosedMessage(period));
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
