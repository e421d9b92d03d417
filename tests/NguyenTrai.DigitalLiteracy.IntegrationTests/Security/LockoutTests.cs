using System.Net;
using Microsoft.EntityFrameworkCore;
using NguyenTrai.DigitalLiteracy.TestSupport;

namespace NguyenTrai.DigitalLiteracy.IntegrationTests.Security;

/// <summary>Own factory: the test moves the clock.</summary>
public sealed class LockoutTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string LockedMessage = "Tài khoản tạm thời bị khóa do đăng nhập sai nhiều lần. Vui lòng thử lại sau 15 phút hoặc liên hệ quản trị hệ thống.";

    private async Task<(HttpStatusCode Status, IReadOnlyList<string> Messages)> TryAsync(string password)
    {
        using var client = factory.CreatePortalClient();
        var response = await client.SubmitFormAsync("/tai-khoan/dang-nhap", new Dictionary<string, string?> { ["UserName"] = "thon01.canbo", ["Password"] = password });
        return (response.StatusCode, response.StatusCode == HttpStatusCode.OK ? (await PortalClient.ParseAsync(response)).ValidationMessages() : []);
    }

    [Fact]
    public async Task Five_failures_lock_the_account_for_15_minutes()
    {
        for (var attempt = 1; attempt <= 4; attempt++)
        {
            Assert.Equal([ "Tên đăng nhập hoặc mật khẩu không đúng." ], (await TryAsync("sai-mat-khau-lan-" + attempt)).Messages);
        }

        Assert.Equal([LockedMessage], (await TryAsync("sai-mat-khau-lan-5")).Messages);

        var sixth = await TryAsync(PortalFactory.DemoPassword);
        Assert.Equal(HttpStatusCode.OK, sixth.Status);
        Assert.Equal([LockedMessage], sixth.Messages);

        // Identity 10's UserManager compares LockoutEnd with the system clock, not the injected TimeProvider, so
        // moving the fake clock does not end the lockout: assert the stored end is 15 minutes after the real now.
        var lockoutEnd = await factory.WithDbAsync(db => db.Users.Where(u => u.UserName == "thon01.canbo").Select(u => u.LockoutEnd).FirstAsync());
        Assert.NotNull(lockoutEnd);
        Assert.InRange(lockoutEnd.Value - DateTimeOffset.UtcNow, TimeSpan.FromMinutes(14), TimeSpan.FromMinutes(15.5));
        factory.Clock.Advance(TimeSpan.FromMinutes(16));
        Assert.Equal([LockedMessage], (await TryAsync(PortalFactory.DemoPassword)).Messages);
    }

    [Fact]
    public async Task Unknown_user_gets_the_same_message_as_a_wrong_password()
    {
        using var client = factory.CreatePortalClient();

        var response = await client.SubmitFormAsync("/tai-khoan/dang-nhap", new Dictionary<string, string?> { ["UserName"] = "khong.ton.tai", ["Password"] = "mot-mat-khau-bat-ky" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["Tên đăng nhập hoặc mật khẩu không đúng."], (await PortalClient.ParseAsync(response)).ValidationMessages());
    }
}
