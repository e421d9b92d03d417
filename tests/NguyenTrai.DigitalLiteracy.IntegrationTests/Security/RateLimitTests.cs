using System.Net;
using NguyenTrai.DigitalLiteracy.TestSupport;

namespace NguyenTrai.DigitalLiteracy.IntegrationTests.Security;

/// <summary>Small limits so that a test reaches them; each test has its own portal (the counters are per process).</summary>
public sealed class RateLimitTests
{
    private sealed class LimitedPortal(int perClient, int perAccount, int verification) : PortalFactory
    {
        protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
        {
            ["RateLimiting:SignInPerClientPerMinute"] = perClient.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["RateLimiting:SignInPerAccountPerMinute"] = perAccount.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["RateLimiting:VerificationPerClientPerMinute"] = verification.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
    }

    private static async Task<HttpResponseMessage> AttemptAsync(PortalClient client, CapturedForm form, string userName) =>
        await client.SubmitAsync(form, new Dictionary<string, string?> { ["UserName"] = userName, ["Password"] = "mot-mat-khau-sai" });

    private static async Task AssertVietnamese429Async(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Equal("60", response.Headers.GetValues("Retry-After").Single());
        var page = await PortalClient.ParseAsync(response);
        Assert.Contains("Bạn đã gửi quá nhiều yêu cầu trong thời gian ngắn", page.TextOf("[data-testid=too-many-requests]"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sign_in_attempts_from_one_client_are_limited_whatever_the_names()
    {
        using var factory = new LimitedPortal(perClient: 5, perAccount: 100, verification: 100);
        using var client = factory.CreatePortalClient();
        var form = await client.CaptureFormAsync("/tai-khoan/dang-nhap");
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await AttemptAsync(client, form, "ten.thu." + i)).StatusCode);
        }

        await AssertVietnamese429Async(await AttemptAsync(client, form, "ten.thu.moi"));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/tai-khoan/dang-nhap")).StatusCode);
    }

    [Fact]
    public async Task Sign_in_attempts_for_one_account_are_limited_whichever_client_sends_them()
    {
        using var factory = new LimitedPortal(perClient: 100, perAccount: 3, verification: 100);
        for (var i = 0; i < 3; i++)
        {
            using var client = factory.CreatePortalClient();
            Assert.Equal(HttpStatusCode.OK, (await AttemptAsync(client, await client.CaptureFormAsync("/tai-khoan/dang-nhap"), "vhxh2")).StatusCode);
        }

        using var another = factory.CreatePortalClient();
        await AssertVietnamese429Async(await AttemptAsync(another, await another.CaptureFormAsync("/tai-khoan/dang-nhap"), "VHXH2"));
        Assert.Equal(HttpStatusCode.OK, (await AttemptAsync(another, await another.CaptureFormAsync("/tai-khoan/dang-nhap"), "vhxh")).StatusCode);
    }

    [Fact]
    public async Task The_verification_page_is_limited_per_client()
    {
        using var factory = new LimitedPortal(perClient: 100, perAccount: 100, verification: 3);
        using var leader = await factory.SignInAsync("lanhdao");
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await leader.GetAsync("/xac-minh")).StatusCode);
        }

        await AssertVietnamese429Async(await leader.GetAsync("/xac-minh"));
    }
}
