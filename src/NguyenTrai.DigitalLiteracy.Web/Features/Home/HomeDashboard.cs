using NguyenTrai.DigitalLiteracy.Domain.Reports;
using NguyenTrai.DigitalLiteracy.Reporting.Rules;
using NguyenTrai.DigitalLiteracy.Web.Features.Dashboard;

namespace NguyenTrai.DigitalLiteracy.Web.Features.Home;

public sealed record IssuedReportLink(int Id, string Number, DateOnly IssueDate, string Subject);

/// <summary>Figures for a landing page: the current monthly period and the year to date, for the ward or one unit.</summary>
public sealed record HomeDashboard(PeriodInfo Current, DashboardData CurrentData, PeriodInfo Year, DashboardData YearData)
{
    /// <summary>Staff only: their unit's report for the current period (null = not started).</summary>
    public UnitReportStatus? CurrentReportStatus { get; init; }

    public PeriodInfo? NextDeadline { get; init; }

    public DrillDown CurrentLinks => new(Current.Id, CurrentData.Scope);

    public DrillDown YearLinks => new(Year.Id, YearData.Scope);
}
