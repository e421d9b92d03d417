using NguyenTrai.DigitalLiteracy.Reporting.Rules;

namespace NguyenTrai.DigitalLiteracy.Web.Features.Dashboard;

/// <summary>The office dashboard: filters, their options, and the figures.</summary>
public sealed record DashboardPage(DashboardFilter Filter, ReportingReference Reference, PeriodInfo Period, DashboardData Data)
{
    public DrillDown Links { get; } = new(Period.Id, Data.Scope);

    /// <summary>yyyyMM of the reporting month still running (ward clock), marked "đang diễn ra" on the trend.</summary>
    public int? RunningMonth { get; init; }

    /// <summary>Index of the running month in <see cref="DashboardData.Months"/>, or -1 when the chart's year is over.</summary>
    public int RunningIndex => Data.Months.ToList().FindIndex(m => m.ReportingMonth == RunningMonth);

    /// <summary>A month's point on the trend: none after the running month (not yet reported), so the line never drops to 0.</summary>
    public long? Point(MonthRow month, long value) => RunningMonth is { } r && month.ReportingMonth > r && RunningIndex >= 0 ? null : value;

    /// <summary>The current query string, for the export link (same filters).</summary>
    public string ExportUrl => "/tong-quan/xuat-excel" + new Microsoft.AspNetCore.Http.Extensions.QueryBuilder(FilterPairs()).ToQueryString();

    private IEnumerable<KeyValuePair<string, string>> FilterPairs()
    {
        var inv = System.Globalization.CultureInfo.InvariantCulture;
        yield return new("PeriodId", Period.Id.ToString(inv));
        if (Filter.CampaignId is { } c)
        {
            yield return new("CampaignId", c.ToString(inv));
        }

        if (Filter.UnitKind is { } k)
        {
            yield return new("UnitKind", k.ToString());
        }

        if (Filter.UnitId is { } u)
        {
            yield return new("UnitId", u.ToString(inv));
        }

        if (Filter.IncludeSubmitted)
        {
            yield return new("IncludeSubmitted", "true");
        }
    }
}
