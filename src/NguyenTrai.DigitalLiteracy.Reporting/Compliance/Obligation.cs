using NguyenTrai.DigitalLiteracy.Domain.Reports;
using NguyenTrai.DigitalLiteracy.Reporting.Rules;

namespace NguyenTrai.DigitalLiteracy.Reporting.Compliance;

/// <summary>One report a unit owes for one period, with where it stands today.</summary>
public sealed record Obligation(
    UnitInfo Unit, PeriodInfo Period, int? ReportId, UnitReportStatus? Status, DateTime? FirstSubmittedAtUtc, DateTime? SubmittedAtUtc, bool IsDue)
{
    public ReportTiming Timing { get; init; }

    public bool IsSent => FirstSubmittedAtUtc is not null;

    public bool IsApproved => Status == UnitReportStatus.Approved;

    /// <summary>Nothing sent yet, or returned and not yet sent again: what a reminder is for.</summary>
    public bool AwaitsSubmission => Status is null or UnitReportStatus.Draft or UnitReportStatus.Returned;
}
