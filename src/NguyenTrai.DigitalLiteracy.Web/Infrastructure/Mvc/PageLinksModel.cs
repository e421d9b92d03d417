using Microsoft.AspNetCore.Http;

namespace NguyenTrai.DigitalLiteracy.Web.Infrastructure.Mvc;

/// <summary>Previous/next links that keep the list's filters in the query string.</summary>
public sealed record PageLinksModel(int Page, int PageCount, IQueryCollection Query)
{
    public string UrlFor(int page)
    {
        var values = Query.Where(q => q.Key != "page").Select(q => $"{Uri.EscapeDataString(q.Key)}={Uri.EscapeDataString(q.Value.ToString())}").ToList();
        values.Add($"page={page}");
        return "?" + string.Join("&", values);
    }
}
