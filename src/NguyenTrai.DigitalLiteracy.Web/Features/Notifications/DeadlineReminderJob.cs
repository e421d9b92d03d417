using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NguyenTrai.DigitalLiteracy.Data;
using NguyenTrai.DigitalLiteracy.Domain.Notifications;
using NguyenTrai.DigitalLiteracy.Reporting.Compliance;
using NguyenTrai.DigitalLiteracy.Reporting.Rules;
using NguyenTrai.DigitalLiteracy.Web.Infrastructure.Jobs;

namespace NguyenTrai.DigitalLiteracy.Web.Features.Notifications;

/// <summary>
/// Daily: units whose report (monthly, or a thematic period requiring unit reports) is due within
/// <see cref="JobOptions.ReminderDaysBefore"/> days and not yet sent are told so, at most once per unit and period (a
/// DeadlineReminders row, unique per unit and period). Who owes what is the Reporting module's rule, the same the
/// compliance page and the office's manual reminder use.
/// </summary>
public sealed class DeadlineReminderJob(AppDbContext db, WardClock clock, ComplianceQuery compliance, Notifier notifier, IOptions<JobOptions> options)
{
    /// <returns>How many units were reminded.</returns>
    public async Task<int> RunAsync(CancellationToken ct)
    {
        var today = clock.Today;
        var last = today.AddDays(options.Value.ReminderDaysBefore);
        var reference = await ReportingReference.LoadAsync(db, ct);
        var periods = reference.Periods
            .Where(p => UnitExpectation.IsUnitObligation(p) && !p.IsClosed && p.Deadline >= today && p.Deadline <= last)
            .ToList();
        var reminded = 0;
        foreach (var period in periods)
        {
            var already = await db.DeadlineReminders.Where(r => r.ReportingPeriodId == period.Id).Select(r => r.UnitId).ToListAsync(ct);
            var units = (await compliance.ObligationsAsync([period], reference.Units, ct))
                .Where(o => o.AwaitsSubmission && !already.Contains(o.Unit.Id))
                .Select(o => o.Unit.Id).ToList();
            if (units.Count == 0)
            {
                continue;
            }

            var daysLeft = period.Deadline.DayNumber - today.DayNumber;
            db.DeadlineReminders.AddRange(units.Select(u => new DeadlineReminder { UnitId = u, ReportingPeriodId = period.Id, SentAtUtc = clock.UtcNow }));
            await notifier.NotifyUnitsAsync(units, $"Sắp đến hạn nộp báo cáo {period.Name}",
                $"Đơn vị chưa gửi báo cáo kỳ {period.Name} (chốt số liệu {period.Window}). Hạn nộp: {period.Deadline:dd/MM/yyyy}"
                + (daysLeft == 0 ? " (hôm nay)." : $" (còn {daysLeft} ngày)."),
                $"/bao-cao-don-vi/{period.Id}", ct);
            await db.SaveChangesAsync(ct);
            await notifier.FlushEmailAsync(ct);
            reminded += units.Count;
        }

        return reminded;
    }
}
