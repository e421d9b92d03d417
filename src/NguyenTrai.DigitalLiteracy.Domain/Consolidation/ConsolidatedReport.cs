using NguyenTrai.DigitalLiteracy.Domain.Campaigns;
using NguyenTrai.DigitalLiteracy.Domain.Common;
using NguyenTrai.DigitalLiteracy.Domain.Periods;
using NguyenTrai.DigitalLiteracy.Domain.Reports;

namespace NguyenTrai.DigitalLiteracy.Domain.Consolidation;

/// <summary>
/// A consolidated report for a window, drafted by the office and issued with a number. A report to the committee
/// (<see cref="ReportAudience.Ward"/>) is signed by the office head and issued by the office. A report to the city is
/// signed in the committee's name, so leadership must approve it first: Draft → AwaitingApproval → Approved → Issued,
/// with "return with a comment" and "withdraw" going back to Draft. Issued versions are frozen: the PDF and the data
/// snapshot are stored and never overwritten; a new version starts again from Draft.
/// </summary>
public class ConsolidatedReport : IConcurrencyVersioned
{
    public int Id { get; set; }
    public ReportAudience Audience { get; set; }
    public int? ReportingPeriodId { get; set; }
    public ReportingPeriod? ReportingPeriod { get; set; }
    public DateOnly WindowStart { get; set; }
    public DateOnly WindowEnd { get; set; }
    public string Subject { get; set; } = "";
    public ConsolidatedReportStatus Status { get; set; } = ConsolidatedReportStatus.Draft;
    // The five sections hold the office's own paragraphs only; the sentences with figures are generated from the
    // figures at every preview and at issue, so the text can never contradict the appendix.
    public string? SectionDirection { get; set; }
    public string? SectionResults { get; set; }
    /// <summary>III.1 "Ưu điểm": the office's own paragraphs.</summary>
    public string? SectionAssessment { get; set; }

    /// <summary>III.2 "Hạn chế, nguyên nhân": the office's own paragraphs.</summary>
    public string? SectionLimitations { get; set; }
    public string? SectionNextTasks { get; set; }
    public string? SectionProposals { get; set; }
    public string? Recipients { get; set; }
    public string? SignerName { get; set; }

    /// <summary>Appendix 6 (every session) is part of the text leadership approves, so it is saved with the draft.</summary>
    public bool IncludeSessionList { get; set; }

    /// <summary>The figures the clerk last saw (flattened key/value JSON); null for drafts made before this existed.</summary>
    public string? FiguresSeenJson { get; set; }

    public DateTime? FiguresSeenAtUtc { get; set; }
    public DateTime CreatedAtUtc { get; set; }
    public string CreatedById { get; set; } = "";
    public DateTime? UpdatedAtUtc { get; set; }

    /// <summary>When the office last sent the draft to leadership; a report never sent stays private to the office.</summary>
    public DateTime? SentAtUtc { get; set; }
    public string? SentById { get; set; }

    /// <summary>Leadership's comment when returning the draft; shown to the office until it sends again.</summary>
    public string? LeadershipComment { get; set; }

    /// <summary>The last approval or return by leadership.</summary>
    public DateTime? ReviewedAtUtc { get; set; }
    public string? ReviewedById { get; set; }
    public string? ReviewedByName { get; set; }

    /// <summary>Fingerprint of the figures leadership saw when approving: the issued text must carry the same ones.</summary>
    public string? ApprovedFigures { get; set; }

    public byte[] RowVersion { get; set; } = [];
    public ICollection<IssuedReport> Issues { get; set; } = [];

    /// <summary>The movements the report is restricted to (e.g. the 10/10 campaign); empty means every entry counts.</summary>
    public ICollection<Campaign> Campaigns { get; set; } = [];


    /// <summary>Signed in the committee's name: leadership approves before the office may issue.</summary>
    public bool NeedsLeadershipApproval => Audience == ReportAudience.City;

    public bool IsEditable => Status == ConsolidatedReportStatus.Draft;

    /// <summary>Leadership sees what was sent to it (and everything after), never the office's unsent drafts.</summary>
    public bool IsVisibleToLeadership => Status != ConsolidatedReportStatus.Draft || SentAtUtc is not null;

    /// <summary>The initiative compilation goes to the city in the committee's name: only once leadership approved the report.</summary>
    public bool MayIssueInitiativeCompilation =>
        NeedsLeadershipApproval && Status is ConsolidatedReportStatus.Approved or ConsolidatedReportStatus.Issued && ReviewedAtUtc is not null;

    public void RequireDraft() => Require(IsEditable, Status switch
    {
        ConsolidatedReportStatus.AwaitingApproval => "Báo cáo đang chờ lãnh đạo duyệt, không thể sửa. Hãy rút lại để sửa.",
        ConsolidatedReportStatus.Approved => "Báo cáo đã được lãnh đạo duyệt, không thể sửa. Muốn sửa, hãy rút lại (phải trình duyệt lại).",
        _ => "Báo cáo đã ban hành, không thể sửa. Hãy tạo phiên bản mới.",
    });

    /// <summary>The office sends a city report to leadership; a report to the committee is the office's own.</summary>
    public void SendToLeadership(ReportActor actor)
    {
        Require(NeedsLeadershipApproval, "Báo cáo gửi UBND phường do Trưởng phòng ký và Phòng ban hành, không cần trình lãnh đạo.");
        Require(Status == ConsolidatedReportStatus.Draft, "Chỉ dự thảo mới được trình lãnh đạo.");
        SentAtUtc = actor.AtUtc;
        SentById = actor.UserId;
        LeadershipComment = null;
        Move(ConsolidatedReportStatus.AwaitingApproval, actor);
    }

    /// <summary>The office takes a sent or approved draft back to change it; it must be approved again.</summary>
    public void Withdraw(ReportActor actor)
    {
        Require(Status is ConsolidatedReportStatus.AwaitingApproval or ConsolidatedReportStatus.Approved,
            "Chỉ báo cáo đang chờ duyệt hoặc đã duyệt mà chưa ban hành mới rút lại được.");
        ApprovedFigures = null;
        Move(ConsolidatedReportStatus.Draft, actor);
    }

    public void ReturnToOffice(ReportActor actor, string comment)
    {
        Require(Status == ConsolidatedReportStatus.AwaitingApproval, "Chỉ báo cáo đang chờ duyệt mới được trả lại.");
        Require(!string.IsNullOrWhiteSpace(comment), "Vui lòng ghi ý kiến chỉ đạo khi trả lại báo cáo.");
        LeadershipComment = comment.Trim();
        MarkReviewed(actor);
        ApprovedFigures = null;
        Move(ConsolidatedReportStatus.Draft, actor);
    }

    /// <param name="figures">Fingerprint of the figures of the preview leadership approved.</param>
    public void Approve(ReportActor actor, string figures)
    {
        Require(Status == ConsolidatedReportStatus.AwaitingApproval, "Chỉ báo cáo đang chờ duyệt mới được duyệt.");
        LeadershipComment = null;
        ApprovedFigures = figures;
        MarkReviewed(actor);
        Move(ConsolidatedReportStatus.Approved, actor);
    }

    /// <param name="figures">Fingerprint of the figures the issued text will carry.</param>
    public void Issue(ReportActor actor, string figures)
    {
        if (NeedsLeadershipApproval)
        {
            Require(Status != ConsolidatedReportStatus.Issued, "Báo cáo đã ban hành. Hãy tạo phiên bản mới.");
            Require(Status == ConsolidatedReportStatus.Approved,
                "Báo cáo gửi UBND thành phố được ký thay mặt UBND: phải được lãnh đạo duyệt trước khi ban hành. Hãy trình lãnh đạo duyệt.");
            Require(figures == ApprovedFigures,
                "Số liệu đã thay đổi sau khi lãnh đạo duyệt, nên văn bản ban hành sẽ khác bản đã duyệt. Hãy rút lại, kiểm tra rồi trình duyệt lại.");
        }
        else
        {
            RequireDraft();
        }

        Move(ConsolidatedReportStatus.Issued, actor);
    }

    /// <summary>Makes an issued report's text editable again; its issued versions stay as they are.</summary>
    public void StartNewVersion(ReportActor actor)
    {
        Require(Status == ConsolidatedReportStatus.Issued, "Chỉ báo cáo đã ban hành mới tạo được phiên bản mới.");
        SentAtUtc = null;
        SentById = null;
        LeadershipComment = null;
        ApprovedFigures = null;
        Move(ConsolidatedReportStatus.Draft, actor);
    }

    private void MarkReviewed(ReportActor actor)
    {
        ReviewedAtUtc = actor.AtUtc;
        ReviewedById = actor.UserId;
        ReviewedByName = actor.DisplayName;
    }

    private void Move(ConsolidatedReportStatus next, ReportActor actor)
    {
        Status = next;
        UpdatedAtUtc = actor.AtUtc;
    }

    private static void Require(bool condition, string message)
    {
        if (!condition)
        {
            throw new DomainRuleException(message);
        }
    }
}
