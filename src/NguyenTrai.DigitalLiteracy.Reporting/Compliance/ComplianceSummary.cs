using NguyenTrai.DigitalLiteracy.Domain.Reports;
using NguyenTrai.DigitalLiteracy.Domain.Targets;
using NguyenTrai.DigitalLiteracy.Reporting.Rules;

namespace NguyenTrai.DigitalLiteracy.Reporting.Compliance;

/// <summary>
/// Counts of owed reports. Only reports whose deadline has come (Due) are in the percentages and in Sent, OnTime,
/// Late, Approved, AwaitingReview, Returned and NotSent; reports not yet due are counted apart (NotDue), whatever
/// their state, so a percentage never mixes the two.
/// </summary>
public sealed record ComplianceSummary(
    int Expected, int NotDue, int Sent, int OnTime, int Late, int Approved, int AwaitingReview, int Returned, int NotSent)
{
    public static ComplianceSummary Empty { get; } = new(0, 0, 0, 0, 0, 0, 0, 0, 0);

    public int Due => Expected - NotDue;

    public decimal? SentPercent => Target.Progress(Sent, Due);

    public decimal? OnTimePercent => Target.Progress(OnTime, Due);

    public decimal? ApprovedPercent => Target.Progress(Approved, Due);

    /// <summary>Every due report approved: the figures of the window are complete.</summary>
    public bool IsComplete => NotSent == 0 && AwaitingReview == 0 && Returned == 0 && Sent == Due;

    public static ComplianceSummary Of(IEnumerable<Obligation> obligations)
    {
        var all = obligations.ToList();
        var due = all.Where(o => o.IsDue).ToList();
        return new(
            all.Count,
            all.Count - due.Count,
            due.Count(o => o.IsSent),
            due.Count(o => o.Timing == ReportTiming.OnTime),
            due.Count(o => o.Timing == ReportTiming.Late),
            due.Count(o => o.IsApproved),
            due.Count(o => o.Status == UnitReportStatus.Submitted),
            due.Count(o => o.Status == UnitReportStatus.Returned),
            due.Count(o => !o.IsSent));
    }
}

/// <summary>One unit's owed reports over a window (Biểu 3 and the dashboards' unit table).</summary>
public sealed record UnitCompliance(UnitInfo Unit, ComplianceSummary Summary);
