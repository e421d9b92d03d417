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

            if (viewport == "phone")
            {
                // Filters fold behind one button on phones; the first screen shows figures.
                await Assertions.Expect(page.GetByLabel("Kỳ báo cáo")).ToBeHiddenAsync();
                Assert.True(await FirstScreenShowsFiguresAsync(page), "the phone's first screen shows no figure");
                await page.GetByTestId("filters-toggle").ClickAsync();
                // Bootstrap's collapse animates the panel open: a click during the animation can miss the switch.
                await Assertions.Expect(page.Locator(".collapsing")).ToHaveCountAsync(0);
                await Assertions.Expect(page.GetByLabel("Kỳ báo cáo")).ToBeVisibleAsync();
            }

            await page.GetByLabel("Tính cả báo cáo đã gửi").CheckAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Lọc", Exact = true }).ClickAsync();
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

    [BrowserFact]
    public async Task Leadership_home_marks_the_running_month_and_bars_lie_down_on_phones()
    {
        foreach (var (viewport, size) in new[] { ("desktop", new ViewportSize { Width = 1366, Height = 768 }), ("phone", BrowserFixture.Phone) })
        {
            var page = await browser.NewPageAsync(size);
            await page.SignInAsync("lanhdao");

            await Assertions.Expect(page.Locator("[data-kpi]")).ToHaveCountAsync(6);
            await Assertions.Expect(page.GetByTestId("unfinished-note")).ToContainTextAsync("Tháng 12/2026 đang diễn ra");
            await AssertChartsDrawnAsync(page, 1);
            // The running month's segment is dashed and its axis label says so.
            var marked = await page.EvaluateAsync<bool>(@"() => {
                const chart = window.Chart.getChart(document.querySelector('canvas[data-chart=line]'));
                const last = chart.data.labels[11];
                const meta = chart.getDatasetMeta(0);
                return Array.isArray(last) && last[1] === 'đang diễn ra' && meta.dataset.options !== undefined
                    && chart.data.datasets[0].segment.borderDash({ p1DataIndex: 11 }).length === 2
                    && chart.data.datasets[0].segment.borderDash({ p1DataIndex: 10 }) === undefined;
            }");
            Assert.True(marked, "the running month is not marked on the trend");
            await AssertIntegerTicksAsync(page);
            Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"));
            await page.ScreenshotAsync($"home-leadership-{viewport}");
            await page.AssertAccessibleAsync();
            await page.Context.CloseAsync();

            var office = await browser.NewPageAsync(size);
            await office.SignInAsync("vhxh");
            await office.GotoAsync("/tong-quan");
            await AssertChartsDrawnAsync(office);
            // Bars lie down on phones (readable category names); the unit ranking lies down everywhere.
            var axes = await office.EvaluateAsync<string[]>("() => Array.from(document.querySelectorAll('canvas[data-chart=bar]')).map(c => (c.getAttribute('data-horizontal') === 'true') + ':' + window.Chart.getChart(c).options.indexAxis)");
            Assert.NotEmpty(axes);
            Assert.All(axes, a => Assert.Equal(viewport == "phone" || a.StartsWith("true", StringComparison.Ordinal) ? "y" : "x", a.Split(':')[1]));
            await AssertIntegerTicksAsync(office);
            await office.ScreenshotAsync($"dashboard-charts-{viewport}");
            await office.Context.CloseAsync();
        }
    }

    /// <summary>Counts never get fractional steps (0,2; 0,4 …) on a value axis.</summary>
    private static async Task AssertIntegerTicksAsync(IPage page)
    {
        var fractional = await page.EvaluateAsync<string[]>(@"() => Array.from(document.querySelectorAll('canvas[data-chart=bar], canvas[data-chart=line]')).flatMap(c => {
            const chart = window.Chart.getChart(c);
            const axis = chart.options.indexAxis === 'y' ? chart.scales.x : chart.scales.y;
            return axis.ticks.filter(t => !Number.isInteger(t.value)).map(t => c.getAttribute('aria-label') + ': ' + t.value);
        })");
        Assert.Empty(fractional);
    }

    /// <summary>Some figure card lies within the first 740 px of the page (a 360x740 phone's first screen).</summary>
    private static Task<bool> FirstScreenShowsFiguresAsync(IPage page) =>
        page.EvaluateAsync<bool>("() => Array.from(document.querySelectorAll('[data-figure]')).some(e => { const r = e.getBoundingClientRect(); return r.height > 0 && r.top + window.scrollY < 740; })");

    /// <summary>Every chart canvas exists, has a size, and Chart.js painted non-transparent pixels on it.</summary>
    private static async Task AssertChartsDrawnAsync(IPage page, int count = 6)
    {
        var canvases = page.Locator("canvas[data-chart]");
        Assert.Equal(count, await canvases.CountAsync()); // dashboard: channels, initiatives, target groups, platforms, monthly trend, unit ranking
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
