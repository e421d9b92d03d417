using NguyenTrai.DigitalLiteracy.Domain.Entries;
using NguyenTrai.DigitalLiteracy.Domain.Targets;

namespace NguyenTrai.DigitalLiteracy.Web.Features.Dashboard;

public sealed record ChannelRow(PropagandaChannel Channel, int Count, int Quantity, int Reach);

public sealed record StatusRow(InitiativeStatus Status, int Count);

public sealed record UnitRow(int UnitId, string UnitName, Figures Figures);

public sealed record MonthRow(int ReportingMonth, Figures Figures)
{
    public string Label => $"{ReportingMonth % 100:00}/{ReportingMonth / 100}";
}

/// <summary>Monthly reports due in the window: unit-months expected, sent (submitted or approved), approved, returned.</summary>
public sealed record ComplianceSummary(int Expected, int Submitted, int Approved, int Returned)
{
    public decimal? SubmittedPercent => Target.Progress(Submitted, Expected);
    public decimal? ApprovedPercent => Target.Progress(Approved, Expected);
}

public sealed record TargetProgress(TargetMetric Metric, int Value, int Actual)
{
    public decimal? Percent => Target.Progress(Actual, Value);

    /// <summary>Bar width for data-width, capped at 100%.</summary>
    public string BarWidth => $"{Math.Min(100m, Percent ?? 0m).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture)}%";
}

/// <summary>Everything a dashboard shows for one scope.</summary>
public sealed record DashboardData(
    DashboardScope Scope,
    Figures Totals,
    IReadOnlyList<ChannelRow> Channels,
    IReadOnlyList<StatusRow> Statuses,
    IReadOnlyList<UnitRow> Units,
    IReadOnlyList<MonthRow> Months,
    Figures YearTotals,
    ComplianceSummary Compliance,
    IReadOnlyList<TargetProgress> Targets,
    int? AdultPopulation)
{
    /// <summary>"% người trưởng thành được hướng dẫn": people trained this year over the ward's adult population.</summary>
    public decimal? AdultsTrainedPercent => AdultPopulation is { } adults ? Target.Progress(YearTotals.Participants, adults) : null;
}
