using Microsoft.EntityFrameworkCore;
using NguyenTrai.DigitalLiteracy.Data;
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
        var proposals = office.GetByRole(AriaRole.Textbox, new() { Name = "V. Kiến nghị, đề xuất: nội dung bổ sung" });
        await proposals.FillAsync("Đề nghị thành phố hỗ trợ 20 máy tính bảng cho nhà văn hóa các tổ dân phố.");
        await office.GetByRole(AriaRole.Button, new() { Name = "Lưu dự thảo" }).ClickAsync();
        await Assertions.Expect(office.GetByText("Đã lưu dự thảo.")).ToBeVisibleAsync();
        await Assertions.Expect(proposals).ToHaveValueAsync("Đề nghị thành phố hỗ trợ 20 máy tính bảng cho nhà văn hóa các tổ dân phố.");
        // The figure sentences are generated, shown above the office's own text.
        await Assertions.Expect(office.Locator("[data-generated=Results]")).ToContainTextAsync("hoạt động tuyên truyền");
        await office.ScreenshotAsync("consolidated-edit-desktop");
        await office.AssertAccessibleAsync();
        await office.SetViewportSizeAsync(BrowserFixture.Phone.Width, BrowserFixture.Phone.Height);
        await office.ScreenshotAsync("consolidated-edit-phone");
        await office.AssertAccessibleAsync();
        await office.SetViewportSizeAsync(BrowserFixture.Desktop.Width, BrowserFixture.Desktop.Height);

        // "Xem trước PDF" renders exactly the text in the form (here not yet saved) in a new tab; the page stays as it is.
        await proposals.FillAsync("Đề nghị thành phố hỗ trợ 25 máy tính bảng.");
        var popup = await office.RunAndWaitForPopupAsync(() => office.GetByTestId("preview-button").ClickAsync());
        await popup.CloseAsync();
        await Assertions.Expect(proposals).ToHaveValueAsync("Đề nghị thành phố hỗ trợ 25 máy tính bảng.");

        // The year has not ended: issuing asks to confirm, naming the units whose reports are missing.
        await Assertions.Expect(office.GetByTestId("incomplete-warning")).ToContainTextAsync("Kỳ báo cáo chưa kết thúc");
        await office.GetByLabel("Tôi vẫn ban hành dù số liệu chưa đầy đủ").CheckAsync();
        office.Dialog += (_, dialog) => dialog.AcceptAsync();
        await office.GetByTestId("issue-button").ClickAsync();
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

            // The hashes are the office's register check: leadership sees none, and downloads the very file issued.
            await Assertions.Expect(leader.Locator("[data-sha256]")).ToHaveCountAsync(0);
            var expected = await browser.Server.WithDbAsync(db => db.IssuedReports.OrderByDescending(i => i.Id).Select(i => i.PdfSha256).FirstAsync());
            var download = await leader.RunAndWaitForDownloadAsync(() => leader.Locator("[data-testid=registry] tbody tr").First.GetByRole(AriaRole.Link, new() { NameRegex = new("^Tải PDF") }).ClickAsync());
            var path = await download.PathAsync();
            Assert.Equal(expected, Convert.ToHexStringLower(SHA256.HashData(await File.ReadAllBytesAsync(path))));
            await leader.Context.CloseAsync();
        }
    }
}
