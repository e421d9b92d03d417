using NguyenTrai.DigitalLiteracy.Domain.Reports;
using NguyenTrai.DigitalLiteracy.Reporting.Figures;
using NguyenTrai.DigitalLiteracy.Reporting.Rules;

namespace NguyenTrai.DigitalLiteracy.Web.Features.Home;

/// <summary>
/// A unit report as the unit's home shows it: a to-do with one button. <see cref="Entered"/> is what the unit has
/// recorded for the period (Reporting's FiguresQuery.ForReportTotalsAsync, the totals of ForReportAsync: counted from the entries until approval, frozen
/// after), shown beside the official figures so staff see their work before the office approves it.
/// </summary>
public sealed record UnitHomeReport(PeriodInfo Period, UnitReportStatus? Status, string? ReturnReason, string? WhyCannotSubmit, Totals Entered)
{
    public string Link => $"/bao-cao-don-vi/{Period.Id}";

    public bool IsApproved => Status == UnitReportStatus.Approved;

    /// <summary>The button's text and Bootstrap class: what the unit has to do next, or where the report stands.</summary>
    public (string Text, string Css, string Icon) Action => Status switch
    {
        UnitReportStatus.Returned => ("Sửa và gửi lại", "btn-danger", "bi-arrow-return-left"),
        UnitReportStatus.Submitted => ("Đã gửi, chờ duyệt", "btn-outline-primary", "bi-hourglass-split"),
        UnitReportStatus.Approved => ("Đã phê duyệt", "btn-outline-success", "bi-check2-circle"),
        UnitReportStatus.Draft => ("Tiếp tục lập báo cáo", "btn-portal", "bi-pencil-square"),
        _ => ("Lập báo cáo", "btn-portal", "bi-pencil-square"),
    };

    /// <summary>The sending window matters only while the unit still has to send.</summary>
    public bool ShowsWhyCannotSubmit => WhyCannotSubmit is not null && Status is null or UnitReportStatus.Draft or UnitReportStatus.Returned;
}
