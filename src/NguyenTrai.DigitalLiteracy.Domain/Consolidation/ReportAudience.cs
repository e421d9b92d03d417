using System.ComponentModel.DataAnnotations;

namespace NguyenTrai.DigitalLiteracy.Domain.Consolidation;

public enum ReportAudience
{
    /// <summary>The office's report to the commune's committee, signed by the office head.</summary>
    [Display(Name = "Báo cáo UBND phường")] Ward = 1,

    /// <summary>The committee's report to the province or city, signed in its name by leadership.</summary>
    [Display(Name = "Báo cáo UBND thành phố")] City = 2,
}

public enum ConsolidatedReportStatus
{
    [Display(Name = "Dự thảo")] Draft = 1,
    [Display(Name = "Đã ban hành")] Issued = 2,
    [Display(Name = "Chờ lãnh đạo duyệt")] AwaitingApproval = 3,
    [Display(Name = "Lãnh đạo đã duyệt, chờ ban hành")] Approved = 4,
}
