using System.Net;
using NguyenTrai.DigitalLiteracy.TestSupport;

namespace NguyenTrai.DigitalLiteracy.IntegrationTests.Security;

/// <summary>
/// Real Kestrel on loopback, so the request really comes from 127.0.0.1: trusted when 127.0.0.1 is the configured
/// proxy, ignored when another address is. TLS ends at the proxy, which says so with X-Forwarded-Proto.
/// </summary>
public sealed class ReverseProxyTests
{
    private const string PublicHost = "congthongtin.nguyentrai.example";

    private sealed class BehindProxy(string knownProxy) : LoopbackPortalFactory
    {
        protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?> { ["ReverseProxy:KnownProxies"] = knownProxy };
    }

    private static async Task<HttpResponseMessage> ViaProxyAsync(HttpClient client, string path, string cookies = "", HttpContent? body = null)
    {
        using var request = new HttpRequestMessage(body is null ? HttpMethod.Get : HttpMethod.Post, path) { Content = body };
        request.Headers.Host = PublicHost;
        request.Headers.Add("X-Forwarded-Proto", "https");
        request.Headers.Add("X-Forwarded-For", "203.0.113.45");
        if (cookies.Length > 0)
        {
            request.Headers.Add("Cookie", cookies);
        }

        return await client.SendAsync(request);
    }

    private static IEnumerable<string> SetCookies(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var values) ? values : [];

    [Fact]
    public async Task From_the_configured_proxy_https_means_secure_cookies_and_hsts()
    {
        using var factory = new BehindProxy("127.0.0.1");
        using var client = factory.CreateLoopbackClient();

        var login = await ViaProxyAsync(client, "/tai-khoan/dang-nhap");
        var antiforgery = SetCookies(login).Single(c => c.StartsWith("NguyenTrai.Antiforgery=", StringComparison.Ordinal));
        var token = (await PortalClient.ParseAsync(login)).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var signedIn = await ViaProxyAsync(client, "/tai-khoan/dang-nhap", antiforgery.Split(';')[0], new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = "lanhdao", ["Password"] = PortalFactory.DemoPassword, ["__RequestVerificationToken"] = token,
        }));

        Assert.Contains("max-age=31536000", login.Headers.GetValues("Strict-Transport-Security").Single(), StringComparison.Ordinal);
        Assert.Contains("secure", antiforgery, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Contains("secure", SetCookies(signedIn).Single(c => c.StartsWith("NguyenTrai.Auth=", StringComparison.Ordinal)), StringComparison.OrdinalIgnoreCase);
        Assert.False(login.Headers.Contains("Server"), "no Server header");
        Assert.Contains("(user lanhdao, unit -, client 203.0.113.45)", await LogAsync(factory, "user lanhdao"), StringComparison.Ordinal);
    }

    /// <summary>The request log names the client the proxy reported (the file sink writes as it goes).</summary>
    private static async Task<string> LogAsync(PortalFactory factory, string expected)
    {
        var text = "";
        for (var attempt = 0; attempt < 50 && !text.Contains(expected, StringComparison.Ordinal); attempt++)
        {
            await Task.Delay(100);
            foreach (var path in Directory.Exists(factory.LogFolder) ? Directory.GetFiles(factory.LogFolder) : [])
            {
                using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
                text = await new StreamReader(stream).ReadToEndAsync();
            }
        }

        return text;
    }

    [Fact]
    public async Task From_an_unconfigured_address_the_forwarded_headers_are_ignored()
    {
        using var factory = new BehindProxy("10.20.30.40");
        using var client = factory.CreateLoopbackClient();

        var login = await ViaProxyAsync(client, "/tai-khoan/dang-nhap");

        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        Assert.False(login.Headers.Contains("Strict-Transport-Security"), "no HSTS over plain HTTP");
        Assert.DoesNotContain("secure", SetCookies(login).Single(c => c.StartsWith("NguyenTrai.Antiforgery=", StringComparison.Ordinal)), StringComparison.OrdinalIgnoreCase);
        Assert.False(login.Headers.Contains("Server"), "no Server header");
    }

    [Fact]
    public async Task Without_any_configured_proxy_even_loopback_is_not_trusted()
    {
        using var factory = new LoopbackPortalFactory();
        using var client = factory.CreateLoopbackClient();

        var login = await ViaProxyAsync(client, "/tai-khoan/dang-nhap");

        Assert.False(login.Headers.Contains("Strict-Transport-Security"), "no HSTS over plain HTTP");
        Assert.DoesNotContain("secure", SetCookies(login).Single(c => c.StartsWith("NguyenTrai.Antiforgery=", StringComparison.Ordinal)), StringComparison.OrdinalIgnoreCase);
    }
}
