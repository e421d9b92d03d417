using Microsoft.EntityFrameworkCore;
using NguyenTrai.DigitalLiteracy.Data;
using NguyenTrai.DigitalLiteracy.Domain.Common;
using NguyenTrai.DigitalLiteracy.Domain.Consolidation;
using NguyenTrai.DigitalLiteracy.Domain.Reports;

namespace NguyenTrai.DigitalLiteracy.Reporting.Workflow;

/// <summary>
/// Applies the <see cref="ConsolidatedReport"/> moves between the office and leadership with what the domain type
/// cannot do itself: the version the user was looking at (lost races), the audit line and who is told.
/// </summary>
public sealed class ReportLifecycle(AppDbContext db, IReportNotifier notifier)
{
    public const string ChangedByOthers = "Báo cáo này vừa được người khác thay đổi (trình, duyệt, trả lại hoặc ban hành). Vui lòng xem lại trạng thái mới nhất rồi thực hiện lại.";

    public async Task SendToLeadershipAsync(ConsolidatedReport report, byte[] postedVersion, ReportActor actor)
    {
        Expect(report, postedVersion);
        report.SendToLeadership(actor);
        ReportAudit.Add(db, actor, ReportAudit.SentToLeadership, report, $"{actor.DisplayName} trình lãnh đạo duyệt báo cáo \"{report.Subject}\".");
        await notifier.NotifyLeadershipAsync($"Báo cáo chờ duyệt: {report.Subject}",
            $"{actor.DisplayName} trình báo cáo \"{report.Subject}\" để lãnh đạo xem, duyệt ký hoặc trả lại.", Link(report));
        await SaveAsync();
    }

    public async Task WithdrawAsync(ConsolidatedReport report, byte[] postedVersion, ReportActor actor)
    {
        Expect(report, postedVersion);
        var wasApproved = report.Status == ConsolidatedReportStatus.Approved;
        report.Withdraw(actor);
        ReportAudit.Add(db, actor, ReportAudit.Withdrawn, report, $"{actor.DisplayName} rút lại báo cáo \"{report.Subject}\" để chỉnh sửa{(wasApproved ? " (bỏ phê duyệt của lãnh đạo)" : "")}.");
        await notifier.NotifyLeadershipAsync($"Phòng rút lại báo cáo: {report.Subject}",
            $"{actor.DisplayName} đã rút lại báo cáo \"{report.Subject}\" để chỉnh sửa; báo cáo sẽ được trình lại.", Link(report));
        await SaveAsync();
    }

    public async Task ReturnAsync(ConsolidatedReport report, byte[] postedVersion, string comment, ReportActor actor)
    {
        Expect(report, postedVersion);
        report.ReturnToOffice(actor, VietnameseText.Normalize(comment) ?? "");
        ReportAudit.Add(db, actor, ReportAudit.Returned, report, $"{actor.DisplayName} trả lại báo cáo \"{report.Subject}\". Ý kiến: {report.LeadershipComment}");
        await notifier.NotifyOfficeAsync($"Lãnh đạo trả lại báo cáo: {report.Subject}", $"Ý kiến của {actor.DisplayName}: {report.LeadershipComment}", Link(report));
        await SaveAsync();
    }

    public async Task ApproveAsync(ConsolidatedReport report, byte[] postedVersion, string figuresFingerprint, ReportActor actor)
    {
        Expect(report, postedVersion);
        report.Approve(actor, figuresFingerprint);
        ReportAudit.Add(db, actor, ReportAudit.Approved, report, $"{actor.DisplayName} duyệt báo cáo \"{report.Subject}\".");
        await notifier.NotifyOfficeAsync($"Lãnh đạo đã duyệt báo cáo: {report.Subject}",
            $"{actor.DisplayName} đã duyệt báo cáo \"{report.Subject}\". Phòng lấy số theo sổ văn thư và ban hành.", Link(report));
        await SaveAsync();
    }

    public async Task StartNewVersionAsync(ConsolidatedReport report, byte[] postedVersion, ReportActor actor)
    {
        Expect(report, postedVersion);
        report.StartNewVersion(actor);
        ReportAudit.Add(db, actor, ReportAudit.NewVersion, report, $"{actor.DisplayName} mở phiên bản mới của báo cáo \"{report.Subject}\"; các bản đã ban hành được giữ nguyên.");
        await SaveAsync();
    }

    public static string Link(ConsolidatedReport report) => $"/bao-cao-tong-hop/{report.Id}";

    /// <summary>The user acted on the state they saw; anything newer means someone else moved first.</summary>
    private void Expect(ConsolidatedReport report, byte[] posted)
    {
        if (!report.RowVersion.AsSpan().SequenceEqual(posted))
        {
            throw new DomainRuleException(ChangedByOthers);
        }

        db.Entry(report).Property(r => r.RowVersion).OriginalValue = posted;
    }

    private async Task SaveAsync()
    {
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new DomainRuleException(ChangedByOthers);
        }

        await notifier.FlushEmailAsync();
    }
}
