using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.Rendering;
using NguyenTrai.DigitalLiteracy.Domain.Consolidation;

namespace NguyenTrai.DigitalLiteracy.Web.Features.ConsolidatedReports;

public sealed class CreateReportModel
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

    public IReadOnlyList<SelectListItem> Periods { get; set; } = [];
}

public sealed class EditReportModel
{
    public int Id { get; set; }

    [Required, StringLength(500), Display(Name = "Trích yếu")]
    public string Subject { get; set; } = "";

    [StringLength(20000), Display(Name = "I. Công tác chỉ đạo, triển khai")]
    public string? Direction { get; set; }

    [StringLength(20000), Display(Name = "II. Kết quả thực hiện")]
    public string? Results { get; set; }

    [StringLength(20000), Display(Name = "III. Đánh giá chung")]
    public string? Assessment { get; set; }

    [StringLength(20000), Display(Name = "IV. Phương hướng, nhiệm vụ thời gian tới")]
    public string? NextTasks { get; set; }

    [StringLength(20000), Display(Name = "V. Kiến nghị, đề xuất")]
    public string? Proposals { get; set; }

    [Required, StringLength(1000), Display(Name = "Nơi nhận (mỗi dòng một nơi)")]
    public string Recipients { get; set; } = "";

    [Required, StringLength(200), Display(Name = "Người ký")]
    public string SignerName { get; set; } = "";

    public string RowVersion { get; set; } = "";
}

/// <summary>The report page: the edit form plus what the office needs around it.</summary>
public sealed record ReportPage(EditReportModel Form, ReportAudience Audience, DateOnly From, DateOnly To, bool IsDraft, IReadOnlyList<IssuedVersion> Versions);

public sealed record IssuedVersion(int Id, int Version, string Number, DateOnly IssueDate, string Sha256);

public sealed record ReportListItem(int Id, string Subject, ReportAudience Audience, DateOnly From, DateOnly To, ConsolidatedReportStatus Status, int Versions);
