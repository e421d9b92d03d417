using NguyenTrai.DigitalLiteracy.Reporting.Rules;

namespace NguyenTrai.DigitalLiteracy.Web.Features.Dashboard;

/// <summary>The office dashboard: filters, their options, and the figures.</summary>
public sealed record DashboardPage(DashboardFilter Filter, ReportingReference Reference, PeriodInfo Period, DashboardData Data)
{
    public DrillDown Links { get; } = new(Period.Id, Data.Scope);

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
