using NguyenTrai.DigitalLiteracy.Domain.Periods;
using NguyenTrai.DigitalLiteracy.Reporting.Compliance;
using NguyenTrai.DigitalLiteracy.Reporting.Figures;
using NguyenTrai.DigitalLiteracy.Reporting.Rules;
using NguyenTrai.DigitalLiteracy.Web.Features.Dashboard;

namespace NguyenTrai.DigitalLiteracy.Web.Features.Home;

/// <summary>A value against the one it is compared with; null when either side has no figure (e.g. no report due).</summary>
public sealed record KpiChange(decimal? Current, decimal? Previous)
{
    public decimal? Delta => Current is { } c && Previous is { } p ? c - p : null;

    /// <summary>Relative change in percent; null when the earlier value is 0 or missing (no meaningful ratio).</summary>
    public decimal? Percent => Delta is { } d && Previous is { } p && p != 0 ? Math.Round(d * 100m / p, 1) : null;
}

/// <summary>
/// One headline figure of the leadership home: the year to date with the ward's yearly target, the latest
/// finished month against the month before, and the year to date against the same days of the previous year.
/// </summary>
public sealed record HeadlineKpi(string Key, string Label, KpiChange YearToDate, KpiChange Month, TargetProgress? Target, string? Href)
{
    /// <summary>Rates (the on-time share) are percentages, compared in percentage points; counts are whole numbers.</summary>
    public bool IsPercent { get; init; }

    /// <summary>A second line under the value, e.g. how many initiatives were selected for the city report.</summary>
    public string? Note { get; init; }
}

/// <summary>Everything the leadership home shows; every number comes from the Reporting queries (see the loader).</summary>
public sealed record LeadershipHome(
    int Year,
    PeriodInfo Current,
    PeriodInfo? LastMonth,
    PeriodInfo? MonthBefore,
    PeriodWindow PreviousYearToDate,
    IReadOnlyList<HeadlineKpi> Kpis,
    IReadOnlyList<MonthRow> Months)
{
    /// <summary>The latest monthly period whose deadline has come: the one whose late or missing reports are listed.</summary>
    public PeriodInfo? WatchedPeriod { get; init; }

    /// <summary>Reports of <see cref="WatchedPeriod"/> sent late or still missing, in Vietnamese order of unit names.</summary>
    public IReadOnlyList<Obligation> LateOrMissing { get; init; } = [];

    public IReadOnlyList<IssuedReportLink> IssuedReports { get; init; } = [];

    /// <summary>yyyyMM of the month still running when it belongs to the charted year, else null.</summary>
    public int? UnfinishedMonth => Current.Year == Year ? Current.ReportingMonth : null;

    public bool HasTargets => Kpis.Any(k => k.Target is not null);
}
