using System.Globalization;
using NguyenTrai.DigitalLiteracy.Domain.Units;

namespace NguyenTrai.DigitalLiteracy.Web.Features.Entries;

/// <summary>
/// The list's query string. The names are a contract: dashboards build drill-down links with them.
/// Dates stay strings because query strings bind with the invariant culture, not dd/MM/yyyy.
/// </summary>
public class EntryListQuery
{
    public const int PageSize = 20;

    public int? PeriodId { get; set; }
    public int? CampaignId { get; set; }
    public int? UnitId { get; set; }
    public UnitKind? UnitKind { get; set; }
    public string? From { get; set; }
    public string? To { get; set; }
    public string? Q { get; set; }

    /// <summary>Only entries counted in the official figures (dashboard drill-down): the list then matches the number clicked.</summary>
    public bool Official { get; set; }

    /// <summary>With <see cref="Official"/>: reports sent but not yet approved count too, as on the dashboard's switch.</summary>
    public bool IncludeSubmitted { get; set; }
    public string? Sort { get; set; }
    public int Page { get; set; } = 1;

    public DateOnly? FromDate => ParseDate(From);
    public DateOnly? ToDate => ParseDate(To);

    public static DateOnly? ParseDate(string? text) =>
        DateOnly.TryParseExact(text?.Trim(), ["dd/MM/yyyy", "d/M/yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    /// <summary>Any filter or sort in use (type-specific filters included): the phone layout then shows the filters open.</summary>
    public bool IsFiltered => RouteValues().Values.Any(v => !string.IsNullOrEmpty(v));

    /// <summary>Every filter as query-string pairs (without the page), for sort, paging and export links.</summary>
    public virtual IDictionary<string, string?> RouteValues() => new Dictionary<string, string?>
    {
        [nameof(PeriodId)] = PeriodId?.ToString(CultureInfo.InvariantCulture),
        [nameof(CampaignId)] = CampaignId?.ToString(CultureInfo.InvariantCulture),
        [nameof(UnitId)] = UnitId?.ToString(CultureInfo.InvariantCulture),
        [nameof(UnitKind)] = UnitKind?.ToString(),
        [nameof(From)] = From,
        [nameof(To)] = To,
        [nameof(Q)] = Q,
        [nameof(Official)] = Official ? "true" : null,
        [nameof(IncludeSubmitted)] = Official && IncludeSubmitted ? "true" : null,
        [nameof(Sort)] = Sort,
    };
}

public static class RouteValueExtensions
{
    /// <summary>Adds a type-specific filter to the shared route values.</summary>
    public static IDictionary<string, string?> With(this IDictionary<string, string?> values, string key, string? value)
    {
        values[key] = value;
        return values;
    }
}
