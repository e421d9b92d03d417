using NguyenTrai.DigitalLiteracy.TestSupport;

namespace NguyenTrai.DigitalLiteracy.IntegrationTests.Reporting;

public sealed class ReportingMenuTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Theory]
    [InlineData("hpn.canbo", "/bao-cao-don-vi", "/duyet-bao-cao")]
    [InlineData("vhxh", "/duyet-bao-cao", "/bao-cao-don-vi")]
    [InlineData("vhxh", "/tinh-hinh-nop", "/bao-cao-don-vi")]
    [InlineData("vhxh", "/danh-gia-sang-kien", "/bao-cao-don-vi")]
    [InlineData("lanhdao", "/tinh-hinh-nop", "/duyet-bao-cao")]
    public async Task Each_role_gets_its_reporting_links_only(string user, string shown, string hidden)
    {
        using var client = await factory.SignInAsync(user);

        var home = await client.GetPageAsync("/");

        Assert.NotNull(home.QuerySelector($"nav a[href='{shown}']"));
        Assert.Null(home.QuerySelector($"nav a[href='{hidden}']"));
        Assert.NotNull(home.QuerySelector("nav a[data-testid=notification-bell]"));
        Assert.Equal(System.Net.HttpStatusCode.OK, (await client.GetAsync(shown)).StatusCode);
    }
}
