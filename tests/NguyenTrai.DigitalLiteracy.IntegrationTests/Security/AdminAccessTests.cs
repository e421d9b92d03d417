using System.Net;
using NguyenTrai.DigitalLiteracy.TestSupport;

namespace NguyenTrai.DigitalLiteracy.IntegrationTests.Security;

public sealed class AdminAccessTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    public static TheoryData<string> AdminPages => new()
    {
        "/quan-tri/nguoi-dung", "/quan-tri/nguoi-dung/tao-moi", "/quan-tri/don-vi", "/quan-tri/don-vi/tao-moi",
        "/quan-tri/phong-trao", "/quan-tri/phong-trao/tao-moi", "/quan-tri/ky-bao-cao", "/quan-tri/ky-bao-cao/tao-moi",
    };

    [Theory]
    [MemberData(nameof(AdminPages))]
    public async Task Anonymous_users_are_sent_to_sign_in(string url)
    {
        using var client = factory.CreatePortalClient();

        var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/tai-khoan/dang-nhap", response.Headers.Location!.AbsolutePath, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("vhxh", "/quan-tri/nguoi-dung")]
    [InlineData("vhxh", "/quan-tri/don-vi/tao-moi")]
    [InlineData("vhxh", "/quan-tri/phong-trao")]
    [InlineData("lanhdao", "/quan-tri/nguoi-dung")]
    [InlineData("lanhdao", "/quan-tri/don-vi")]
    [InlineData("lanhdao", "/quan-tri/ky-bao-cao")]
    [InlineData("hpn.canbo", "/quan-tri/nguoi-dung")]
    [InlineData("hpn.canbo", "/quan-tri/phong-trao")]
    [InlineData("hpn.canbo", "/quan-tri/ky-bao-cao")]
    public async Task Other_roles_get_the_vietnamese_403_page(string userName, string url)
    {
        using var client = await factory.SignInAsync(userName);

        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("Không có quyền truy cập", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Culture_office_manages_reporting_periods_but_not_users()
    {
        using var client = await factory.SignInAsync("vhxh");

        var page = await client.GetPageAsync("/quan-tri/ky-bao-cao");

        Assert.StartsWith("Kỳ báo cáo năm 2026", page.TextOf("h1"), StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("nav a[href='/quan-tri/ky-bao-cao']"));
        Assert.Null(page.QuerySelector("nav a[href='/quan-tri/nguoi-dung']"));
    }
}
