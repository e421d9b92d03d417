using System.ComponentModel.DataAnnotations;

namespace NguyenTrai.DigitalLiteracy.Domain.Consolidation;

public enum ReportAudience
{
    [Display(Name = "Báo cáo UBND phường")] Ward = 1,
    [Display(Name = "Báo cáo UBND thành phố")] City = 2,
}

public enum ConsolidatedReportStatus
{
    [Display(Name = "Dự thảo")] Draft = 1,
    [Display(Name = "Đã ban hành")] Issued = 2,
}
