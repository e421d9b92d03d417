using NguyenTrai.DigitalLiteracy.Domain.Reports;
using NguyenTrai.DigitalLiteracy.Reporting.Rules;
using NguyenTrai.DigitalLiteracy.Web.Features.Dashboard;

namespace NguyenTrai.DigitalLiteracy.Web.Features.Home;

public sealed record IssuedReportLink(int Id, string Number, DateOnly IssueDate, string Subject);

/// <summary>Figures for a landing page: the current monthly period and the year to date, for the ward or one unit.</summary>
public sealed record HomeDashboard(PeriodInfo Current, DashboardData CurrentData, PeriodInfo Year, DashboardData YearData)
{
    /// <summary>Staff only: their unit's report for the current period (null = not started).</summary>
    public UnitReportStatus? CurrentReportStatus => CurrentReport?.Status;

    /// <summary>Staff only: the to-do of the current period (state, reason, whether it can be sent, what was entered).</summary>
    public UnitHomeReport? CurrentReport { get; init; }

    /// <summary>Staff only: other reports of the unit returned by the office and still open to fix.</summary>
    public IReadOnlyList<UnitHomeReport> OtherReturned { get; init; } = [];

    public PeriodInfo? NextDeadline { get; init; }

    public DrillDown CurrentLinks => new(Current.Id, CurrentData.Scope);

    public DrillDown YearLinks => new(Year.Id, YearData.Scope);
}
