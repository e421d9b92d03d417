using System.Globalization;
using Microsoft.AspNetCore.Http.Extensions;
using NguyenTrai.DigitalLiteracy.Domain.Periods;
using NguyenTrai.DigitalLiteracy.Reporting.Figures;

namespace NguyenTrai.DigitalLiteracy.Web.Features.Dashboard;

/// <summary>Links from a dashboard number to the entry list filtered the same way (the lists' query parameters).</summary>
public sealed class DrillDown(int? periodId, FiguresScope scope)
{
    public const string Propaganda = "/hoat-dong/tuyen-truyen";
    public const string Training = "/hoat-dong/lop-hoc";
    public const string Initiatives = "/hoat-dong/sang-kien";
    public const string Integration = "/hoat-dong/long-ghep";

    /// <summary>The list for the dashboard's period, or for one Decree 09 month (From/To) when <paramref name="month"/> is given.</summary>
    public string To(string list, int? unitId = null, int? month = null, string? extraName = null, string? extraValue = null)
    {
        var query = new QueryBuilder();
        if (month is { } m)
        {
            var window = Decree09Calendar.Monthly(m / 100, m % 100);
            query.Add("From", window.Start.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture));
            query.Add("To", window.End.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture));
        }
        else if (periodId is { } id)
        {
            query.Add("PeriodId", id.ToString(CultureInfo.InvariantCulture));
        }

        if (scope.CampaignIds is [var campaign])
        {
            query.Add("CampaignId", campaign.ToString(CultureInfo.InvariantCulture));
        }

        if (scope.UnitKind is { } kind && unitId is null)
        {
            query.Add("UnitKind", kind.ToString());
        }

        if ((unitId ?? scope.UnitId) is { } unit)
        {
            query.Add("UnitId", unit.ToString(CultureInfo.InvariantCulture));
        }

        // The list shows exactly the entries the number counts (Reporting's official-entries rule).
        query.Add("Official", "true");
        if (scope.IncludeSubmitted)
        {
            query.Add("IncludeSubmitted", "true");
        }

        if (extraName is not null && extraValue is not null)
        {
            query.Add(extraName, extraValue);
        }

        return list + query.ToQueryString();
    }
}
