using NguyenTrai.DigitalLiteracy.Domain.Periods;

namespace NguyenTrai.DigitalLiteracy.Web.Features.UnitReports;

public sealed record PeriodRow(int PeriodId, string Name, PeriodWindow Window, DateOnly Deadline, bool IsClosed, ReportState State, bool Overdue);

public sealed record UnitPeriodsModel(string UnitName, IReadOnlyList<PeriodRow> Rows, int Page, int PageCount);

public sealed record UnitReportPage(
    string UnitName,
    ReportingPeriod Period,
    ReportState State,
    DateTime? SubmittedAtUtc,
    string? ReturnReason,
    bool CanEdit,
    NarrativeForm Narrative,
    ReportContents Contents,
    int? ReportId);
