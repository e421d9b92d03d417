using NguyenTrai.DigitalLiteracy.Data;
using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.Rendering;
using NguyenTrai.DigitalLiteracy.Domain.Consolidation;
using NguyenTrai.DigitalLiteracy.Reporting.Documents;
using NguyenTrai.DigitalLiteracy.Reporting.Narrative;
using NguyenTrai.DigitalLiteracy.Reporting.Workflow;
using NguyenTrai.DigitalLiteracy.Web.Infrastructure;

namespace NguyenTrai.DigitalLiteracy.Web.Features.ConsolidatedReports;

public sealed class CreateReportModel : IValidatableObject
{
    [Display(Name = "Gửi đến")]
    public ReportAudience Audience { get; set; } = ReportAudience.Ward;

    [Display(Name = "Kỳ báo cáo")]
    public int? PeriodId { get; set; }

    [Display(Name = "Từ ngày (báo cáo đột xuất)")]
    public DateOnly? From { get; set; }

    [Display(Name = "Đến ngày")]
    public DateOnly? To { get; set; }

    [Display(Name = "Trích yếu")]
    [StringLength(500)]
    public string? Subject { get; set; }

    /// <summary>Restrict to entries tagged with these movements (e.g. the 10/10 campaign); none = every entry.</summary>
    [Display(Name = "Chỉ tính hoạt động gắn với phong trào")]
    public List<int> CampaignIds { get; set; } = [];

    public IReadOnlyList<SelectListItem> Periods { get; set; } = [];

    public IReadOnlyList<SelectListItem> Campaigns { get; set; } = [];

    /// <summary>Without a period the clerk gives the window; a period's own dates are checked when it is loaded.</summary>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (PeriodId is not null)
        {
            yield break;
        }

        if (From is null || To is null)
        {
            yield return new ValidationResult("Vui lòng chọn kỳ báo cáo hoặc nhập khoảng thời gian (từ ngày, đến ngày).", [nameof(PeriodId)]);
        }
        else if (To < From)
        {
            yield return new ValidationResult("Ngày kết thúc không được trước ngày bắt đầu.", [nameof(To)]);
        }
    }
}

/// <summary>The office's own text of a draft and what it confirms when issuing; the figure sentences are not typed here.</summary>
public sealed class EditReportModel
{
    public int Id { get; set; }

    [Required, StringLength(500), Display(Name = "Trích yếu")]
    public string Subject { get; set; } = "";

    [StringLength(20000), Display(Name = "I. Công tác chỉ đạo, triển khai: nội dung bổ sung")]
    public string? Direction { get; set; }

    [StringLength(20000), Display(Name = "II. Kết quả thực hiện: nội dung bổ sung")]
    public string? Results { get; set; }

    [StringLength(20000), Display(Name = "III.1. Ưu điểm: nội dung bổ sung")]
    public string? Strengths { get; set; }

    [StringLength(20000), Display(Name = "III.2. Hạn chế, nguyên nhân: nội dung bổ sung")]
    public string? Limitations { get; set; }

    [StringLength(20000), Display(Name = "IV. Phương hướng, nhiệm vụ thời gian tới")]
    public string? NextTasks { get; set; }

    [StringLength(20000), Display(Name = "V. Kiến nghị, đề xuất: nội dung bổ sung")]
    public string? Proposals { get; set; }

    [Required, StringLength(1000), Display(Name = "Nơi nhận (mỗi dòng một nơi)")]
    public string Recipients { get; set; } = "";

    [Required, StringLength(200), Display(Name = "Người ký")]
    public string SignerName { get; set; } = "";

    public string RowVersion { get; set; } = "";

    /// <summary>Fingerprint of the figures the page showed: confirmations only count for those figures.</summary>
    public string? FiguresShown { get; set; }

    [Display(Name = "Tôi đã xem các thay đổi số liệu ở trên")]
    public bool ConfirmChanges { get; set; }

    [Display(Name = "Tôi vẫn ban hành dù số liệu chưa đầy đủ")]
    public bool ConfirmIncomplete { get; set; }

    [Display(Name = "Kèm phụ lục danh sách các buổi hướng dẫn")]
    public bool IncludeSessions { get; set; }

    /// <summary>The văn thư register's number; empty takes the next free one.</summary>
    [StringLength(10), Display(Name = "Số văn bản (theo sổ văn thư)")]
    public string? RegisterNumber { get; set; }

    public DraftUpdate ToUpdate() => new(Subject, new DraftSections(Direction ?? "", Results ?? "", Strengths ?? "", Limitations ?? "", NextTasks ?? "", Proposals ?? ""),
        Recipients, SignerName, RowVersionText.Parse(RowVersion), FiguresShown, IncludeSessions);
}

/// <summary>A step of the report's life as the pages show it (the audit log of the report).</summary>
public sealed record ReportStep(DateTime AtUtc, string? By, string Summary);

/// <summary>The number the register would give next, the symbol it goes with and whether issuing signs.</summary>
public sealed record IssueBox(int Year, string Symbol, int Suggested, SigningStatus Signing);

/// <summary>
/// The report page: the office's text, the sentences generated from today's figures, what changed, what to confirm,
/// where the report stands between the office and leadership, and what each of them may do now.
/// </summary>
public sealed record ReportPage(
    EditReportModel Form, ConsolidatedReportStatus Status, ReportAudience Audience, DateOnly From, DateOnly To,
    GeneratedSections Generated, IReadOnlyList<FigureChange> Changes, IssueCheck Check, IReadOnlyList<IssuedVersion> Versions,
    IssueBox Issue, bool LeadershipView, bool NeedsApproval, string? LeadershipComment, string? ReviewedBy, DateTime? ReviewedAtUtc,
    bool MayIssueCompilation, IReadOnlyList<ReportStep> History)
{
    public bool IsDraft => Status == ConsolidatedReportStatus.Draft;

    public bool IsIssued => Status == ConsolidatedReportStatus.Issued;

    public string Heading => Status switch
    {
        ConsolidatedReportStatus.AwaitingApproval => "Báo cáo chờ lãnh đạo duyệt",
        ConsolidatedReportStatus.Approved => "Báo cáo đã được lãnh đạo duyệt",
        ConsolidatedReportStatus.Issued => "Báo cáo đã ban hành",
        _ => "Dự thảo báo cáo",
    };
}

public sealed record IssuedVersion(int Id, IssuedDocumentKind Kind, int Version, string Number, DateOnly IssueDate, string Sha256, bool HasWorkbook, string Code, bool IsSigned);

public sealed record ReportListItem(int Id, string Subject, ReportAudience Audience, DateOnly From, DateOnly To, ConsolidatedReportStatus Status, int Versions);
