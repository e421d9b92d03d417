using System.Diagnostics;
using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace NguyenTrai.DigitalLiteracy.LoadTool;

/// <summary>One virtual user's browser: its own cookies, every request timed, unexpected answers counted as errors.</summary>
public sealed class Session(Uri baseAddress, string userName, Recorder recorder) : IDisposable
{
    private Recorder recorder = recorder;

    private static readonly HtmlParser Parser = new();

    private readonly HttpClient http = new(new SocketsHttpHandler
    {
        AllowAutoRedirect = false,
        UseCookies = true,
        CookieContainer = new CookieContainer(),
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
    })
    { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };

    public string UserName { get; } = userName;

    /// <summary>Sign-in, warm-up and the measured run are recorded apart.</summary>
    public void RecordInto(Recorder next) => recorder = next;

    /// <summary>Entries this (staff) user has recorded so far: titles stay unique across phases.</summary>
    public int Iterations { get; set; }

    /// <summary>The consolidated report draft this (office) user previews.</summary>
    public string? Draft { get; set; }

    public async Task<HttpResponseMessage?> SendAsync(HttpMethod method, string path, HttpContent? content = null, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var request = new HttpRequestMessage(method, path) { Content = content };
        var stopwatch = Stopwatch.StartNew();
        try
        {
            var response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead);
            stopwatch.Stop();
            recorder.Record(method.Method, path, stopwatch.Elapsed.TotalMilliseconds);
            if (response.StatusCode != expected)
            {
                var body = await response.Content.ReadAsStringAsync();
                recorder.Error($"{UserName}: {method} {path} → {(int)response.StatusCode} (expected {(int)expected}) {Excerpt(body)}");
                return null;
            }

            return response;
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            recorder.Record(method.Method, path, stopwatch.Elapsed.TotalMilliseconds);
            recorder.Error($"{UserName}: {method} {path} → {ex.GetType().Name}: {ex.Message}");
            return null;
        }
    }

    public async Task<IHtmlDocument?> PageAsync(string path)
    {
        var response = await SendAsync(HttpMethod.Get, path);
        return response is null ? null : await Parser.ParseDocumentAsync(await response.Content.ReadAsStringAsync());
    }

    /// <summary>Posts a form of <paramref name="page"/> with its hidden fields (token, version) and the given values.</summary>
    public Task<HttpResponseMessage?> PostFormAsync(IHtmlDocument page, string formSelector, IEnumerable<KeyValuePair<string, string>> values, HttpStatusCode expected = HttpStatusCode.Redirect)
    {
        var form = page.QuerySelector(formSelector) as IHtmlFormElement;
        if (form is null)
        {
            recorder.Error($"{UserName}: no form {formSelector} on the page");
            return Task.FromResult<HttpResponseMessage?>(null);
        }

        var fields = form.QuerySelectorAll("input[type=hidden]").OfType<IHtmlInputElement>()
            .Where(i => !string.IsNullOrEmpty(i.Name)).Select(i => new KeyValuePair<string, string>(i.Name!, i.Value)).ToList();
        fields.AddRange(values);
        return SendAsync(HttpMethod.Post, form.GetAttribute("action") ?? "/", new FormUrlEncodedContent(fields), expected);
    }

    public static string? Token(IHtmlDocument page, string formSelector) =>
        page.QuerySelector($"{formSelector} input[name=__RequestVerificationToken]")?.GetAttribute("value");

    public async Task<bool> SignInAsync(string password)
    {
        var page = await PageAsync("/tai-khoan/dang-nhap");
        return page is not null && await PostFormAsync(page, "form[action='/tai-khoan/dang-nhap']", [new("UserName", UserName), new("Password", password)]) is not null;
    }

    private static string Excerpt(string body)
    {
        var message = Parser.ParseDocument(body).QuerySelector(".validation-summary-errors, .field-validation-error, .alert-danger, h1")?.TextContent.Trim();
        return message is null ? "" : $"«{message[..Math.Min(message.Length, 160)]}»";
    }

    public void Dispose() => http.Dispose();
}
