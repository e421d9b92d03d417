using NguyenTrai.DigitalLiteracy.Domain.Reports;
using NguyenTrai.DigitalLiteracy.Reporting.Rules;

namespace NguyenTrai.DigitalLiteracy.Web.Features.UnitReports;

/// <summary>One period the unit reports on; Timing is null when the unit may report but is not expected to.</summary>
public sealed record PeriodRow(PeriodInfo Period, UnitReportStatus? Status, ReportTiming? Timing)
{
    public bool Overdue => Timing == ReportTiming.Overdue;
}

public sealed record UnitPeriodsModel(string UnitName, IReadOnlyList<PeriodRow> Rows, int Page, int PageCount);

public sealed record UnitReportPage(
    string UnitName,
    PeriodInfo Period,
    UnitReportStatus? Status,
    ReportTiming? Timing,
    DateTime? SubmittedAtUtc,
    string? ReturnReason,
    bool CanEdit,
    string? WhyCannotSubmit,
    NarrativeForm Narrative,
    ReportContents Contents,
    int? ReportId);
