using System.Net;
using NguyenTrai.DigitalLiteracy.TestSupport;

namespace NguyenTrai.DigitalLiteracy.IntegrationTests.Account;

public sealed class SignInTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Theory]
    [InlineData("quantri", "Quản trị hệ thống", "/quan-tri/nguoi-dung")]
    [InlineData("vhxh", "Phòng Văn hóa - Xã hội", null)]
    [InlineData("lanhdao", "Lãnh đạo UBND phường", null)]
    [InlineData("hpn.canbo", "Hội Liên hiệp Phụ nữ phường", null)]
    public async Task Each_role_lands_on_its_home(string userName, string heading, string? navLink)
    {
        using var client = await factory.SignInAsync(userName);

        var home = await client.GetPageAsync("/");

        Assert.Equal(heading, home.TextOf("[data-testid=home-heading]"));
        if (navLink is not null)
        {
            Assert.NotNull(home.QuerySelector($"nav a[href='{navLink}']"));
        }
    }

    [Fact]
    public async Task Wrong_password_shows_a_vietnamese_message()
    {
        using var client = factory.CreatePortalClient();

        var response = await client.SubmitFormAsync("/tai-khoan/dang-nhap", new Dictionary<string, string?> { ["UserName"] = "vhxh2", ["Password"] = "sai-mat-khau-roi" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        Assert.Contains("Tên đăng nhập hoặc mật khẩu không đúng.", page.ValidationMessages());
    }
}
