using NguyenTrai.DigitalLiteracy.Domain.Periods;
using NguyenTrai.DigitalLiteracy.Web.Features.Review;
using NguyenTrai.DigitalLiteracy.Web.Features.UnitReports;
using NguyenTrai.DigitalLiteracy.Web.Infrastructure;

namespace NguyenTrai.DigitalLiteracy.Web.Features.Compliance;

public sealed record ComplianceRow(int UnitId, string UnitName, ReportState State, DateTime? SubmittedAtUtc, bool Overdue, int? ReportId);

public sealed record ComplianceModel(ReportingPeriod Period, DateOnly Today, IReadOnlyList<ComplianceRow> Rows, IReadOnlyList<string> NotExpected, IReadOnlyList<ListOption> Periods)
{
    public int Expected => Rows.Count;

    public int Count(ReportState state) => Rows.Count(r => r.State == state);

    /// <summary>Submitted on time, late, or approved: each expected unit counts once, so this never exceeds 100%.</summary>
    public int Submitted => Rows.Count(r => r.State is ReportState.SubmittedOnTime or ReportState.SubmittedLate or ReportState.Approved);

    public int Overdue => Rows.Count(r => r.Overdue);

    public int Awaiting => Rows.Count(r => r.State.AwaitsSubmission());

    public string Percent(int count) => Expected == 0 ? "0%" : (count / (double)Expected).ToString("P0", ServiceRegistration.Vietnamese);
}
