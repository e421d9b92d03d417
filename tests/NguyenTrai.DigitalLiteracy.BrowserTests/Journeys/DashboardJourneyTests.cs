using NguyenTrai.DigitalLiteracy.Data;
using Microsoft.Playwright;
using NguyenTrai.DigitalLiteracy.BrowserTests.Infrastructure;

namespace NguyenTrai.DigitalLiteracy.BrowserTests.Journeys;

public sealed class DashboardJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [BrowserFact]
    public async Task Office_dashboard_draws_its_charts_on_desktop_and_phone()
    {
        foreach (var (viewport, size) in new[] { ("desktop", BrowserFixture.Desktop), ("phone", BrowserFixture.Phone) })
        {
            var page = await browser.NewPageAsync(size);
            await page.SignInAsync("vhxh");
            await page.GotoAsync("/tong-quan");

            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Tổng quan phong trào" })).ToBeVisibleAsync();
            await AssertChartsDrawnAsync(page);
            await Assertions.Expect(page.GetByTestId("figures-basis")).ToHaveTextAsync("Số liệu chính thức: chỉ tính báo cáo đã được phê duyệt.");
            await page.ScreenshotAsync($"dashboard-office-{viewport}");
            await page.AssertAccessibleAsync();

            await page.GetByLabel("Tính cả báo cáo đã gửi").CheckAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Lọc" }).ClickAsync();
            await page.WaitForURLAsync(url => url.Contains("IncludeSubmitted=true", StringComparison.Ordinal));
            await Assertions.Expect(page.GetByTestId("figures-basis")).ToContainTextAsync("không phải");
            await page.Context.CloseAsync();
        }
    }

    [BrowserFact]
    public async Task Leadership_home_and_targets_page_on_desktop_and_phone()
    {
        foreach (var (viewport, size) in new[] { ("desktop", BrowserFixture.Desktop), ("phone", BrowserFixture.Phone) })
        {
            var page = await browser.NewPageAsync(size);
            await page.SignInAsync("lanhdao");

            await Assertions.Expect(page.GetByTestId("home-heading")).ToHaveTextAsync("Lãnh đạo UBND phường");
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Báo cáo đã ban hành gần đây" })).ToBeVisibleAsync();
            await page.ScreenshotAsync($"home-leadership-dashboard-{viewport}");
            await page.AssertAccessibleAsync();
            await page.Context.CloseAsync();

            var office = await browser.NewPageAsync(size);
            await office.SignInAsync("vhxh");
            await office.GotoAsync("/chi-tieu");
            await Assertions.Expect(office.GetByRole(AriaRole.Heading, new() { Name = "Thêm chỉ tiêu" })).ToBeVisibleAsync();
            await office.ScreenshotAsync($"targets-{viewport}");
            await office.AssertAccessibleAsync();
            await office.Context.CloseAsync();

            var staff = await browser.NewPageAsync(size);
            await staff.SignInAsync("hpn.canbo");
            await Assertions.Expect(staff.GetByTestId("report-status")).ToBeVisibleAsync();
            await staff.ScreenshotAsync($"home-unit-dashboard-{viewport}");
            await staff.AssertAccessibleAsync();
            await staff.Context.CloseAsync();
        }
    }

    /// <summary>Every chart canvas exists, has a size, and Chart.js painted non-transparent pixels on it.</summary>
    private static async Task AssertChartsDrawnAsync(IPage page)
    {
        var canvases = page.Locator("canvas[data-chart]");
        Assert.Equal(6, await canvases.CountAsync()); // channels, initiatives, target groups, platforms, monthly trend, unit ranking
        var painted = await page.EvaluateAsync<int[]>(@"() => Array.from(document.querySelectorAll('canvas[data-chart]')).map(c => {
            if (!window.Chart || !window.Chart.getChart(c) || c.width === 0 || c.height === 0) return 0;
            const data = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
            let n = 0;
            for (let i = 3; i < data.length; i += 4) { if (data[i] !== 0) n++; }
            return n;
        })");
        Assert.All(painted, n => Assert.True(n > 500, $"a chart canvas is blank ({n} painted pixels)"));
    }
}
