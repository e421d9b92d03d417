using System.Security.Cryptography;
using Microsoft.Playwright;
using NguyenTrai.DigitalLiteracy.BrowserTests.Infrastructure;

namespace NguyenTrai.DigitalLiteracy.BrowserTests.Journeys;

public sealed class ConsolidatedReportJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [BrowserFact]
    public async Task Office_builds_edits_previews_and_issues_then_leadership_downloads_the_same_bytes()
    {
        var office = await browser.NewPageAsync(BrowserFixture.Desktop);
        await office.SignInAsync("vhxh");
        await office.GetByRole(AriaRole.Link, new() { Name = "Báo cáo tổng hợp" }).First.ClickAsync();
        await office.GetByRole(AriaRole.Link, new() { Name = "Tạo báo cáo" }).ClickAsync();
        await office.GetByLabel("Kỳ báo cáo").SelectOptionAsync(new SelectOptionValue { Label = "Năm 2026" });
        await office.ScreenshotAsync("consolidated-create-desktop");
        await office.AssertAccessibleAsync();
        await office.GetByRole(AriaRole.Button, new() { Name = "Lập dự thảo" }).ClickAsync();

        await Assertions.Expect(office.GetByRole(AriaRole.Heading, new() { Name = "Dự thảo báo cáo" })).ToBeVisibleAsync();
        await office.Locator("#Form_Proposals").FillAsync("Đề nghị thành phố hỗ trợ 20 máy tính bảng cho nhà văn hóa các tổ dân phố.");
        await office.GetByRole(AriaRole.Button, new() { Name = "Lưu dự thảo" }).ClickAsync();
        await Assertions.Expect(office.GetByText("Đã lưu dự thảo.")).ToBeVisibleAsync();
        await Assertions.Expect(office.Locator("#Form_Proposals")).ToHaveValueAsync("Đề nghị thành phố hỗ trợ 20 máy tính bảng cho nhà văn hóa các tổ dân phố.");
        await office.ScreenshotAsync("consolidated-edit-desktop");
        await office.AssertAccessibleAsync();
        await office.SetViewportSizeAsync(BrowserFixture.Phone.Width, BrowserFixture.Phone.Height);
        await office.ScreenshotAsync("consolidated-edit-phone");
        await office.AssertAccessibleAsync();
        await office.SetViewportSizeAsync(BrowserFixture.Desktop.Width, BrowserFixture.Desktop.Height);

        // The saved draft as a PDF (what "Lưu và xem trước PDF" opens in a new tab after saving).
        await Assertions.Expect(office.GetByTestId("preview-button")).ToBeVisibleAsync();
        var preview = await office.APIRequest.GetAsync(office.Url.Split('?')[0] + "/xem-truoc");
        Assert.Equal("application/pdf", preview.Headers["content-type"]);
        Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString((await preview.BodyAsync())[..4]), StringComparison.Ordinal);

        office.Dialog += (_, dialog) => dialog.AcceptAsync();
        await office.GetByLabel("Tôi vẫn ban hành dù số liệu chưa đầy đủ").CheckAsync();
        await office.GetByRole(AriaRole.Button, new() { Name = "Lưu và ban hành", Exact = true }).ClickAsync();
        await Assertions.Expect(office.GetByText("Đã ban hành báo cáo số")).ToBeVisibleAsync();
        await Assertions.Expect(office.GetByRole(AriaRole.Heading, new() { Name = "Báo cáo đã ban hành" })).ToBeVisibleAsync();
        await office.ScreenshotAsync("consolidated-issued-desktop");
        await office.Context.CloseAsync();

        foreach (var (viewport, size) in new[] { ("desktop", BrowserFixture.Desktop), ("phone", BrowserFixture.Phone) })
        {
            var leader = await browser.NewPageAsync(size);
            await leader.SignInAsync("lanhdao");
            await leader.GotoAsync("/bao-cao-da-ban-hanh");
            await Assertions.Expect(leader.GetByRole(AriaRole.Heading, new() { Name = "Báo cáo đã ban hành" })).ToBeVisibleAsync();
            await leader.ScreenshotAsync($"issued-registry-{viewport}");
            await leader.AssertAccessibleAsync();

            var expected = await leader.Locator("[data-testid=registry] tbody tr").First.Locator("[data-sha256]").GetAttributeAsync("data-sha256");
            var download = await leader.RunAndWaitForDownloadAsync(() => leader.Locator("[data-testid=registry] tbody tr").First.GetByRole(AriaRole.Link, new() { NameRegex = new("^Tải PDF") }).ClickAsync());
            var path = await download.PathAsync();
            Assert.Equal(expected, Convert.ToHexStringLower(SHA256.HashData(await File.ReadAllBytesAsync(path))));
            await leader.Context.CloseAsync();
        }
    }
}
