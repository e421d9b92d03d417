using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using NguyenTrai.DigitalLiteracy.TestSupport;

namespace NguyenTrai.DigitalLiteracy.IntegrationTests.Security;

public sealed class RequestSafetyTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static readonly Dictionary<string, string?> NewUnit = new()
    {
        ["Code"] = "ANTIFORGERY", ["Name"] = "Đơn vị thử", ["Kind"] = "6", ["ActiveFrom"] = "01/01/2026",
    };

    private Task<int> UnitCountAsync() => factory.WithDbAsync(db => db.Units.CountAsync());

    private static async Task AssertVietnamese400Async(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Yêu cầu gửi lên không hợp lệ hoặc đã hết hạn", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_without_antiforgery_token_is_refused_and_changes_nothing()
    {
        using var admin = await factory.SignInAsync("quantri");
        var before = await UnitCountAsync();

        var response = await admin.SubmitFormAsync("/quan-tri/don-vi/tao-moi", new Dictionary<string, string?>(NewUnit) { ["__RequestVerificationToken"] = null });

        await AssertVietnamese400Async(response);
        Assert.Equal(before, await UnitCountAsync());
    }

    [Fact]
    public async Task Post_with_a_token_from_another_users_session_is_refused_and_changes_nothing()
    {
        using var admin = await factory.SignInAsync("quantri");
        using var other = await factory.SignInAsync("vhxh");
        var foreignToken = await other.GetAntiforgeryTokenAsync("/quan-tri/ky-bao-cao");
        var before = await UnitCountAsync();

        var response = await admin.SubmitFormAsync("/quan-tri/don-vi/tao-moi", new Dictionary<string, string?>(NewUnit) { ["__RequestVerificationToken"] = foreignToken });

        await AssertVietnamese400Async(response);
        Assert.Equal(before, await UnitCountAsync());
    }

    [Fact]
    public async Task Auth_cookie_is_http_only_and_same_site_and_a_tampered_one_means_anonymous()
    {
        using var raw = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        var login = await raw.GetAsync(new Uri("/tai-khoan/dang-nhap", UriKind.Relative));
        var antiforgeryCookie = login.Headers.GetValues("Set-Cookie").First(c => c.StartsWith("NguyenTrai.Antiforgery=", StringComparison.Ordinal)).Split(';')[0];
        var token = (await PortalClient.ParseAsync(login)).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var post = new HttpRequestMessage(HttpMethod.Post, "/tai-khoan/dang-nhap")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["UserName"] = "lanhdao", ["Password"] = PortalFactory.DemoPassword, ["__RequestVerificationToken"] = token }),
        };
        post.Headers.Add("Cookie", antiforgeryCookie);

        var signedIn = await raw.SendAsync(post);

        var authCookie = signedIn.Headers.GetValues("Set-Cookie").First(c => c.StartsWith("NguyenTrai.Auth=", StringComparison.Ordinal));
        Assert.Contains("httponly", authCookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", authCookie, StringComparison.OrdinalIgnoreCase);
        var value = authCookie.Split(';')[0]["NguyenTrai.Auth=".Length..];
        Assert.Equal(HttpStatusCode.OK, (await GetWithCookieAsync(raw, value)).StatusCode);

        var tampered = value[..20] + (value[20] == 'A' ? 'B' : 'A') + value[21..];
        var response = await GetWithCookieAsync(raw, tampered);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/tai-khoan/dang-nhap", response.Headers.Location!.AbsolutePath, StringComparison.Ordinal);
    }

    private static async Task<HttpResponseMessage> GetWithCookieAsync(HttpClient client, string authValue)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Add("Cookie", "NguyenTrai.Auth=" + authValue);
        return await client.SendAsync(request);
    }

    [Fact]
    public async Task Responses_carry_the_security_headers()
    {
        using var client = factory.CreatePortalClient();

        var response = await client.GetAsync("/tai-khoan/dang-nhap");

        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        var scriptSrc = csp.Split(';').Select(d => d.Trim()).Single(d => d.StartsWith("script-src", StringComparison.Ordinal));
        Assert.DoesNotContain("unsafe-inline", scriptSrc, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("strict-origin-when-cross-origin", response.Headers.GetValues("Referrer-Policy").Single());
    }

    [Fact]
    public async Task Health_endpoint_reports_healthy()
    {
        using var client = factory.CreatePortalClient();

        var response = await client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }
}
