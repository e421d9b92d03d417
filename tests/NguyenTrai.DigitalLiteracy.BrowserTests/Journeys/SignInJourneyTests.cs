using NguyenTrai.DigitalLiteracy.Data;
using Microsoft.Playwright;
using NguyenTrai.DigitalLiteracy.BrowserTests.Infrastructure;

namespace NguyenTrai.DigitalLiteracy.BrowserTests.Journeys;

public sealed class SignInJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    public static TheoryData<string, string, string> Roles => new()
    {
        { "quantri", "Quản trị hệ thống", "admin" },
        { "vhxh", "Phòng Văn hóa - Xã hội", "office" },
        { "lanhdao", "Lãnh đạo UBND phường", "leadership" },
        { "hpn.canbo", "Hội Liên hiệp Phụ nữ phường", "staff" },
    };

    [BrowserTheory]
    [MemberData(nameof(Roles))]
    public async Task Each_role_signs_in_and_sees_its_home_on_phone_and_desktop(string userName, string heading, string shot)
    {
        foreach (var (viewport, size) in new[] { ("desktop", BrowserFixture.Desktop), ("phone", BrowserFixture.Phone) })
        {
            var page = await browser.NewPageAsync(size);
            await page.GotoAsync("/");
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Đăng nhập" })).ToBeVisibleAsync();
            await page.ScreenshotAsync($"signin-{viewport}");
            await page.AssertAccessibleAsync();

            await page.SignInAsync(userName);

            await Assertions.Expect(page.GetByTestId("home-heading")).ToHaveTextAsync(heading);
            await page.ScreenshotAsync($"home-{shot}-{viewport}");
            await page.AssertAccessibleAsync();
            await page.Context.CloseAsync();
        }
    }
}
