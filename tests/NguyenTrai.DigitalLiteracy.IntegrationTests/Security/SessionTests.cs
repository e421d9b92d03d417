using System.Diagnostics;
using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using NguyenTrai.DigitalLiteracy.IntegrationTests.Reporting;
using NguyenTrai.DigitalLiteracy.TestSupport;
using NguyenTrai.DigitalLiteracy.Web.Features.Account;

namespace NguyenTrai.DigitalLiteracy.IntegrationTests.Security;

/// <summary>Sessions end on the server, and sign-in answers alike whether or not the account exists.</summary>
public sealed class SessionTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    /// <summary>A client that keeps no cookies: the test carries them by hand, as an attacker with a copied cookie would.</summary>
    private HttpClient RawClient() => factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });

    private static string CookieFrom(HttpResponseMessage response, string name) =>
        response.Headers.GetValues("Set-Cookie").First(c => c.StartsWith(name + "=", StringComparison.Ordinal)).Split(';')[0];

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, HttpMethod method, string url, string cookies, IEnumerable<KeyValuePair<string, string>>? form = null)
    {
        using var request = new HttpRequestMessage(method, url);
        request.Headers.Add("Cookie", cookies);
        if (form is not null)
        {
            request.Content = new FormUrlEncodedContent(form);
        }

        return await client.SendAsync(request);
    }

    private static async Task<string> TokenAsync(HttpResponseMessage page) =>
        (await PortalClient.ParseAsync(page)).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

    [Fact]
    public async Task A_cookie_copied_before_sign_out_no_longer_signs_anyone_in()
    {
        using var raw = RawClient();
        var login = await raw.GetAsync(new Uri("/tai-khoan/dang-nhap", UriKind.Relative));
        var antiforgery = CookieFrom(login, "NguyenTrai.Antiforgery");
        var signedIn = await SendAsync(raw, HttpMethod.Post, "/tai-khoan/dang-nhap", antiforgery,
            [new("UserName", "lanhdao"), new("Password", PortalFactory.DemoPassword), new("__RequestVerificationToken", await TokenAsync(login))]);
        var copied = CookieFrom(signedIn, "NguyenTrai.Auth");
        var home = await SendAsync(raw, HttpMethod.Get, "/", $"{antiforgery}; {copied}");
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);

        var signedOut = await SendAsync(raw, HttpMethod.Post, "/tai-khoan/dang-xuat", $"{antiforgery}; {copied}", [new("__RequestVerificationToken", await TokenAsync(home))]);
        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);

        var replayed = await SendAsync(raw, HttpMethod.Get, "/", copied);

        Assert.Equal(HttpStatusCode.Redirect, replayed.StatusCode);
        Assert.StartsWith("/tai-khoan/dang-nhap", replayed.Headers.Location!.AbsolutePath, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Locking_an_account_ends_its_open_sessions_at_once()
    {
        using var staff = await factory.SignInAsync("thon01.canbo");
        Assert.Equal(HttpStatusCode.OK, (await staff.GetAsync("/")).StatusCode);
        using var admin = await factory.SignInAsync("quantri");
        var id = await factory.WithDbAsync(db => db.Users.Where(u => u.UserName == "thon01.canbo").Select(u => u.Id).SingleAsync());

        await admin.FollowAsync(await admin.SubmitFormAsync("/quan-tri/nguoi-dung?q=thon01.canbo", new Dictionary<string, string?>(), $"form[action='/quan-tri/nguoi-dung/{id}/khoa']"));

        var after = await staff.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.Contains("/tai-khoan/dang-nhap", after.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    private async Task<IReadOnlyList<string>> TryAsync(string userName, string password)
    {
        using var client = factory.CreatePortalClient();
        var response = await client.SubmitFormAsync("/tai-khoan/dang-nhap", new Dictionary<string, string?> { ["UserName"] = userName, ["Password"] = password });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await PortalClient.ParseAsync(response)).ValidationMessages();
    }

    [Fact]
    public async Task An_unknown_name_is_locked_after_five_failures_like_a_real_account()
    {
        for (var attempt = 1; attempt <= 4; attempt++)
        {
            Assert.Equal([AccountController.InvalidMessage], await TryAsync("khong.ai.ca", "sai-mat-khau-lan-" + attempt));
        }

        Assert.Equal([AccountController.LockedOutMessage], await TryAsync("khong.ai.ca", "sai-mat-khau-lan-5"));
        Assert.Equal([AccountController.LockedOutMessage], await TryAsync("KHONG.AI.CA ", "sai-mat-khau-lan-6"));
    }

    [Fact]
    public async Task An_unknown_name_takes_as_long_as_a_wrong_password_for_a_real_account()
    {
        var unknown = new List<double>();
        var real = new List<double>();
        for (var i = 0; i < 7; i++)
        {
            real.Add(await TimeAsync("vhxh2", "mat-khau-sai-" + i));
            unknown.Add(await TimeAsync("khong.ton.tai." + i, "mat-khau-sai-" + i));
        }

        static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);
        var ratio = Median(unknown) / Median(real);
        Assert.True(ratio is > 0.5 and < 2, $"median unknown {Median(unknown):0} ms, real {Median(real):0} ms");
    }

    private async Task<double> TimeAsync(string userName, string password)
    {
        using var client = factory.CreatePortalClient();
        var form = await client.CaptureFormAsync("/tai-khoan/dang-nhap");
        var stopwatch = Stopwatch.StartNew();
        var response = await client.SubmitAsync(form, new Dictionary<string, string?> { ["UserName"] = userName, ["Password"] = password });
        stopwatch.Stop();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return stopwatch.Elapsed.TotalMilliseconds;
    }

    [Fact]
    public async Task A_wrong_password_for_an_account_the_administrator_locked_reads_like_an_unknown_name()
    {
        await factory.WithDbAsync(db => db.Users.Where(u => u.UserName == "dtn.canbo")
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.LockoutEnd, new DateTimeOffset(9999, 12, 31, 0, 0, 0, TimeSpan.Zero))));

        Assert.Equal([AccountController.InvalidMessage], await TryAsync("dtn.canbo", "khong-phai-mat-khau"));
        Assert.Equal([AccountController.LockedByAdministratorMessage], await TryAsync("dtn.canbo", PortalFactory.DemoPassword));
    }
}
