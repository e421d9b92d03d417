using NguyenTrai.DigitalLiteracy.Domain.Reports;
using NguyenTrai.DigitalLiteracy.Reporting.Rules;

namespace NguyenTrai.DigitalLiteracy.Web.Features.UnitReports;

/// <summary>How a report's workflow status and its timing (Reporting's <see cref="Deadlines"/>) look on a page.</summary>
public static class ReportBadges
{
    public static string StatusLabel(UnitReportStatus? status) => status switch
    {
        null => "Chưa lập báo cáo",
        UnitReportStatus.Draft => "Đang soạn",
        UnitReportStatus.Submitted => "Đã gửi, chờ duyệt",
        UnitReportStatus.Returned => "Bị trả lại",
        _ => "Đã phê duyệt",
    };

    /// <summary>Bootstrap badge colours with AA contrast on their text.</summary>
    public static string StatusBadge(UnitReportStatus? status) => status switch
    {
        null => "text-bg-secondary",
        UnitReportStatus.Draft => "text-bg-info",
        UnitReportStatus.Submitted => "text-bg-primary",
        UnitReportStatus.Returned => "text-bg-danger",
        _ => "text-bg-success",
    };

    public static string TimingBadge(ReportTiming timing) => timing switch
    {
        ReportTiming.NotDue => "text-bg-light border",
        ReportTiming.DueToday => "text-bg-warning",
        ReportTiming.Overdue => "text-bg-danger",
        ReportTiming.OnTime => "text-bg-success",
        _ => "text-bg-warning",
    };
}
