using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace NguyenTrai.DigitalLiteracy.TestSupport;

/// <summary>
/// An HttpClient used the way a browser user would: open a page, fill its form, submit it (with the
/// antiforgery token the page carries), and read the HTML that comes back.
/// </summary>
public sealed class PortalClient(HttpClient http) : IDisposable
{
    private static readonly HtmlParser Parser = new();

    public HttpClient Http { get; } = http;

    public async Task SignInAsync(string userName, string password)
    {
        var response = await SubmitFormAsync("/tai-khoan/dang-nhap", new Dictionary<string, string?>
        {
            ["UserName"] = userName,
            ["Password"] = password,
        });
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Sign-in as {userName} failed: {(int)response.StatusCode}");
        }
    }

    public Task<HttpResponseMessage> GetAsync(string url) => Http.GetAsync(new Uri(url, UriKind.Relative));

    public async Task<IHtmlDocument> GetPageAsync(string url)
    {
        var response = await GetAsync(url);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"GET {url} returned {(int)response.StatusCode}");
        }

        return await ParseAsync(response);
    }

    public static async Task<IHtmlDocument> ParseAsync(HttpResponseMessage response) =>
        await Parser.ParseDocumentAsync(await response.Content.ReadAsStringAsync());

    /// <summary>
    /// Opens <paramref name="pageUrl"/>, takes the form (the first with a submit button, or the one matching
    /// <paramref name="formSelector"/>), keeps every field's current value, applies the overrides and posts it.
    /// A null override removes the field.
    /// </summary>
    public async Task<HttpResponseMessage> SubmitFormAsync(string pageUrl, IDictionary<string, string?> values, string? formSelector = null) =>
        await SubmitAsync(await CaptureFormAsync(pageUrl, formSelector), values);

    /// <summary>
    /// Reads a form as the page shows it now, to submit later: a browser tab left open while someone else saves
    /// (stale forms), or the same form posted twice.
    /// </summary>
    public async Task<CapturedForm> CaptureFormAsync(string pageUrl, string? formSelector = null)
    {
        var page = await GetPageAsync(pageUrl);
        var form = (formSelector is null
            ? page.Forms.FirstOrDefault(f => f.QuerySelector("button[type=submit], input[type=submit]") is not null && f.Method.Equals("post", StringComparison.OrdinalIgnoreCase) && !f.Action.Contains("dang-xuat", StringComparison.Ordinal))
            : page.QuerySelector(formSelector) as IHtmlFormElement)
            ?? throw new InvalidOperationException($"No form found on {pageUrl}");
        var action = form.GetAttribute("action");
        return new CapturedForm(string.IsNullOrEmpty(action) ? pageUrl : action, FormFields.Read(form));
    }

    /// <summary>Posts a captured form with every field as it was, after applying the overrides (null removes a field).</summary>
    public Task<HttpResponseMessage> SubmitAsync(CapturedForm form, IDictionary<string, string?> values)
    {
        var fields = new List<KeyValuePair<string, string>>(form.Fields);
        foreach (var (name, value) in values)
        {
            fields.RemoveAll(f => f.Key == name);
            if (value is not null)
            {
                fields.Add(new(name, value));
            }
        }

        return PostFormAsync(form.Action, fields);
    }

    public Task<HttpResponseMessage> PostFormAsync(string url, IEnumerable<KeyValuePair<string, string>> fields) =>
        Http.PostAsync(new Uri(url, UriKind.Relative), new FormUrlEncodedContent(fields));

    /// <summary>The antiforgery token rendered on a page, for hand-built posts (e.g. multipart uploads).</summary>
    public async Task<string> GetAntiforgeryTokenAsync(string pageUrl)
    {
        var page = await GetPageAsync(pageUrl);
        return page.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? throw new InvalidOperationException($"No antiforgery token on {pageUrl}");
    }

    public void Dispose() => Http.Dispose();
}

/// <summary>A form's action and field values as read from a page.</summary>
public sealed record CapturedForm(string Action, IReadOnlyList<KeyValuePair<string, string>> Fields)
{
    public string? this[string name] => Fields.FirstOrDefault(f => f.Key == name).Value;
}
