using Microsoft.Playwright;
using NguyenTrai.DigitalLiteracy.BrowserTests.Infrastructure;

namespace NguyenTrai.DigitalLiteracy.BrowserTests.Journeys;

/// <summary>What a 360 px phone shows first: the figures being sent come before the button that sends them.</summary>
public sealed class PhoneLayoutTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [BrowserFact]
    public async Task Unit_report_page_shows_the_figures_above_the_submit_button_on_a_phone()
    {
        var page = await browser.NewPageAsync(new ViewportSize { Width = 360, Height = 740 });
        await page.SignInAsync("hpn.canbo");
        await page.GotoAsync("/bao-cao-don-vi");
        await page.GetByRole(AriaRole.Link, new() { NameRegex = new(@"^Mở báo cáo Tháng 12\/2026") }).ClickAsync();

        var figures = await page.GetByTestId("totals").BoundingBoxAsync();
        var submit = await page.GetByRole(AriaRole.Button, new() { Name = "Gửi báo cáo" }).BoundingBoxAsync();

        Assert.NotNull(figures);
        Assert.NotNull(submit);
        Assert.True(figures.Y + figures.Height < submit.Y, $"figures end at {figures.Y + figures.Height}, the button starts at {submit.Y}");
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"));
        await page.ScreenshotAsync("unit-report-phone-360");
        await page.Context.CloseAsync();
    }
}
