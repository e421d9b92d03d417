using NguyenTrai.DigitalLiteracy.Domain.Reports;

namespace NguyenTrai.DigitalLiteracy.Web.Features.UnitReports;

/// <summary>The state a unit's report is in for a period, as the unit, the office and leadership call it.</summary>
public enum ReportState
{
    NotStarted,
    Draft,
    SubmittedOnTime,
    SubmittedLate,
    Returned,
    Approved,
}

public static class ReportStates
{
    public static ReportState Of(UnitReportStatus? status, bool late) => status switch
    {
        null => ReportState.NotStarted,
        UnitReportStatus.Draft => ReportState.Draft,
        UnitReportStatus.Submitted => late ? ReportState.SubmittedLate : ReportState.SubmittedOnTime,
        UnitReportStatus.Returned => ReportState.Returned,
        _ => ReportState.Approved,
    };

    public static string Label(this ReportState state) => state switch
    {
        ReportState.NotStarted => "Chưa bắt đầu",
        ReportState.Draft => "Đang soạn",
        ReportState.SubmittedOnTime => "Đã gửi đúng hạn",
        ReportState.SubmittedLate => "Gửi muộn",
        ReportState.Returned => "Bị trả lại",
        _ => "Đã phê duyệt",
    };

    /// <summary>Bootstrap badge colours with AA contrast on their text.</summary>
    public static string Badge(this ReportState state) => state switch
    {
        ReportState.NotStarted => "text-bg-secondary",
        ReportState.Draft => "text-bg-info",
        ReportState.SubmittedOnTime => "text-bg-primary",
        ReportState.SubmittedLate => "text-bg-warning",
        ReportState.Returned => "text-bg-danger",
        _ => "text-bg-success",
    };

    /// <summary>Nothing submitted (not started, draft, or returned and not yet resubmitted).</summary>
    public static bool AwaitsSubmission(this ReportState state) => state is ReportState.NotStarted or ReportState.Draft or ReportState.Returned;
}
