using NguyenTrai.DigitalLiteracy.Reporting.Compliance;
using NguyenTrai.DigitalLiteracy.Reporting.Figures;

namespace NguyenTrai.DigitalLiteracy.Web.Features.Dashboard;

public sealed record UnitRow(int UnitId, string UnitName, Totals Figures);

public sealed record MonthRow(int ReportingMonth, Totals Figures)
{
    public string Label => $"{ReportingMonth % 100:00}/{ReportingMonth / 100}";
}

/// <summary>Everything a dashboard shows for one scope: the window's figures object, the year's trend and targets.</summary>
public sealed record DashboardData(
    WindowFigures Window,
    int Year,
    IReadOnlyList<UnitRow> Units,
    IReadOnlyList<MonthRow> Months,
    IReadOnlyList<TargetProgress> Targets,
    int? AdultPopulation)
{
    public FiguresScope Scope => Window.Scope;

    public Totals Totals => Window.Totals;

    public IReadOnlyList<ChannelFigures> Channels => Window.Channels;

    public IReadOnlyList<StatusCount> Statuses => Window.InitiativeStatuses;

    public ComplianceSummary Compliance => Window.Compliance;

    public Totals YearTotals { get; init; } = FigureSet.Empty.Totals;

    /// <summary>"% người trưởng thành được hướng dẫn": adults (18+) reached this year over the ward's adult population, with the target line.</summary>
    public AdultCoverage Coverage => AdultCoverage.Of(YearTotals, AdultPopulation, Targets);

    public decimal? AdultsTrainedPercent => Coverage.Percent;

    public DashboardData WithYearTotals(Totals year) => new(Window, Year, Units, Months, Targets, AdultPopulation) { YearTotals = year };
}
