using NguyenTrai.DigitalLiteracy.Domain.Common;
using NguyenTrai.DigitalLiteracy.Domain.Periods;
using NguyenTrai.DigitalLiteracy.Domain.Units;

namespace NguyenTrai.DigitalLiteracy.Domain.Reports;

/// <summary>
/// A unit's report for one period. Draft and Returned reports leave the entries editable;
/// Submitted and Approved ones freeze them. Every move is recorded in <see cref="History"/>.
/// </summary>
public class UnitReport : IConcurrencyVersioned, IUnitOwned
{
    public int Id { get; set; }
    public int UnitId { get; set; }
    public Unit? Unit { get; set; }
    public int ReportingPeriodId { get; set; }
    public ReportingPeriod? ReportingPeriod { get; set; }
    public UnitReportStatus Status { get; set; } = UnitReportStatus.Draft;
    public string? Highlights { get; set; }
    public string? Difficulties { get; set; }
    public string? Proposals { get; set; }
    public DateTime? SubmittedAtUtc { get; set; }

    /// <summary>The first submission: on time or late is judged on it, so a return and resubmission never makes a report late.</summary>
    public DateTime? FirstSubmittedAtUtc { get; set; }

    public string? SubmittedById { get; set; }
    public DateTime? ReviewedAtUtc { get; set; }
    public string? ReviewedById { get; set; }
    public string? ReturnReason { get; set; }
    public byte[] RowVersion { get; set; } = [];
    public ICollection<UnitReportTransition> History { get; set; } = [];

    public bool FreezesEntries => Status is UnitReportStatus.Submitted or UnitReportStatus.Approved;

    public bool CanBeEditedByUnit => Status is UnitReportStatus.Draft or UnitReportStatus.Returned;

    public static UnitReport Start(int unitId, int periodId) => new() { UnitId = unitId, ReportingPeriodId = periodId };

    /// <summary>How many times the report was sent (2 = "gửi lại lần 2" after a return).</summary>
    public int SubmissionCount => History.Count(t => t.ToStatus == UnitReportStatus.Submitted);

    public void Submit(ReportActor actor)
    {
        Require(CanBeEditedByUnit, "Chỉ báo cáo đang soạn hoặc bị trả lại mới được gửi.");
        SubmittedAtUtc = actor.AtUtc;
        FirstSubmittedAtUtc ??= actor.AtUtc;
        SubmittedById = actor.UserId;
        MoveTo(UnitReportStatus.Submitted, actor, null);
    }

    public void Return(ReportActor actor, string reason)
    {
        Require(Status == UnitReportStatus.Submitted, "Chỉ báo cáo đã gửi mới được trả lại.");
        Require(!string.IsNullOrWhiteSpace(reason), "Vui lòng nêu lý do trả lại báo cáo.");
        ReturnReason = reason.Trim();
        MarkReviewed(actor);
        MoveTo(UnitReportStatus.Returned, actor, ReturnReason);
    }

    public void Approve(ReportActor actor)
    {
        Require(Status == UnitReportStatus.Submitted, "Chỉ báo cáo đã gửi mới được phê duyệt.");
        ReturnReason = null;
        MarkReviewed(actor);
        MoveTo(UnitReportStatus.Approved, actor, null);
    }

    /// <summary>The office takes back an approval; the unit may edit again and must resubmit.</summary>
    public void Reopen(ReportActor actor, string reason)
    {
        Require(Status == UnitReportStatus.Approved, "Chỉ báo cáo đã phê duyệt mới được mở lại.");
        Require(!string.IsNullOrWhiteSpace(reason), "Vui lòng nêu lý do mở lại báo cáo.");
        ReturnReason = reason.Trim();
        MarkReviewed(actor);
        MoveTo(UnitReportStatus.Returned, actor, ReturnReason);
    }

    public void UpdateNarrative(string? highlights, string? difficulties, string? proposals)
    {
        Require(CanBeEditedByUnit, "Báo cáo đã gửi hoặc đã phê duyệt, không thể sửa.");
        Highlights = highlights;
        Difficulties = difficulties;
        Proposals = proposals;
    }

    private void MarkReviewed(ReportActor actor)
    {
        ReviewedAtUtc = actor.AtUtc;
        ReviewedById = actor.UserId;
    }

    private void MoveTo(UnitReportStatus next, ReportActor actor, string? reason)
    {
        History.Add(new UnitReportTransition
        {
            FromStatus = Status,
            ToStatus = next,
            AtUtc = actor.AtUtc,
            ByUserId = actor.UserId,
            ByName = actor.DisplayName,
            Reason = reason,
        });
        Status = next;
    }

    private static void Require(bool condition, string message)
    {
        if (!condition)
        {
            throw new DomainRuleException(message);
        }
    }
}
