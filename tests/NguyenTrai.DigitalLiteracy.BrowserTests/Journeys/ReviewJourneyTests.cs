using NguyenTrai.DigitalLiteracy.Data;
using Microsoft.Playwright;
using NguyenTrai.DigitalLiteracy.BrowserTests.Infrastructure;

namespace NguyenTrai.DigitalLiteracy.BrowserTests.Journeys;

/// <summary>
/// Staff submit the open month (Tháng 12/2026 at the fixture clock, 25/11/2026), the office returns it with a
/// reason, staff fix and resubmit, the office approves, and compliance shows the unit as approved.
/// </summary>
public sealed class ReviewJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string Unit = "Hội Liên hiệp Phụ nữ phường";
    private const string Month = "Tháng 12/2026";
    private const string Reason = "Đề nghị bổ sung số người từ 60 tuổi trở lên tham gia lớp VNeID.";

    [BrowserFact]
    public async Task Staff_submit_office_returns_staff_resubmit_office_approves_compliance_shows_approved()
    {
        var staff = await SignedInAsync("hpn.canbo", BrowserFixture.Desktop);
        await staff.GotoAsync("/bao-cao-don-vi");
        await staff.GetByRole(AriaRole.Link, new() { Name = $"Mở báo cáo {Month}" }).ClickAsync();
        await staff.GetByLabel("Kết quả nổi bật").FillAsync("Tổ chức 3 lớp hướng dẫn cài đặt VNeID cho 85 hội viên.");
        await staff.GetByLabel("Khó khăn, vướng mắc").FillAsync("Một số hội viên cao tuổi chưa có điện thoại thông minh.");
        await staff.GetByRole(AriaRole.Button, new() { Name = "Gửi báo cáo" }).ClickAsync();
        await Assertions.Expect(staff.GetByTestId("report-state")).ToHaveTextAsync("Đã gửi, chờ duyệt");
        await staff.ScreenshotAsync("unit-report-submitted-desktop");
        await staff.AssertAccessibleAsync();

        var office = await SignedInAsync("vhxh", BrowserFixture.Desktop);
        await office.GotoAsync("/duyet-bao-cao");
        await Assertions.Expect(office.GetByRole(AriaRole.Heading, new() { Name = "Duyệt báo cáo" })).ToBeVisibleAsync();
        await office.ScreenshotAsync("review-queue-desktop");
        await office.AssertAccessibleAsync();
        await office.GetByRole(AriaRole.Link, new() { Name = $"Xem báo cáo {Unit}, {Month}" }).ClickAsync();
        await Assertions.Expect(office.GetByTestId("narrative")).ToContainTextAsync("85 hội viên");
        await office.ScreenshotAsync("review-report-desktop");
        await office.AssertAccessibleAsync();
        await office.GetByLabel("Lý do trả lại").FillAsync(Reason);
        await office.GetByRole(AriaRole.Button, new() { Name = "Trả lại báo cáo" }).ClickAsync();
        await Assertions.Expect(office.GetByTestId("report-state")).ToHaveTextAsync("Bị trả lại");

        var phone = await SignedInAsync("hpn.canbo", BrowserFixture.Phone);
        await phone.GotoAsync("/bao-cao-don-vi");
        await Assertions.Expect(phone.GetByTestId("unit-periods").Locator("tr", new() { HasText = Month }).GetByTestId("state")).ToHaveTextAsync("Bị trả lại");
        await phone.GotoAsync(staff.Url);
        await Assertions.Expect(phone.GetByTestId("return-reason")).ToContainTextAsync(Reason);
        await phone.ScreenshotAsync("unit-report-returned-phone");
        await phone.AssertAccessibleAsync();

        await staff.ReloadAsync();
        await Assertions.Expect(staff.GetByTestId("return-reason")).ToContainTextAsync(Reason);
        await Assertions.Expect(staff.GetByTestId("notification-count")).ToContainTextAsync("1");
        await staff.GetByLabel("Kết quả nổi bật").FillAsync("Tổ chức 3 lớp hướng dẫn cài đặt VNeID cho 85 hội viên, trong đó 32 người từ 60 tuổi trở lên.");
        await staff.GetByRole(AriaRole.Button, new() { Name = "Gửi lại báo cáo" }).ClickAsync();
        await Assertions.Expect(staff.GetByTestId("report-state")).ToHaveTextAsync("Đã gửi, chờ duyệt");

        await office.ReloadAsync();
        await Assertions.Expect(office.GetByTestId("narrative")).ToContainTextAsync("32 người từ 60 tuổi");
        await office.GetByRole(AriaRole.Button, new() { Name = "Phê duyệt" }).ClickAsync();
        await Assertions.Expect(office.GetByTestId("report-state")).ToHaveTextAsync("Đã phê duyệt");
        await Assertions.Expect(office.GetByTestId("history")).ToContainTextAsync("Đã gửi → Đã phê duyệt");

        await office.GotoAsync("/tinh-hinh-nop");
        var row = office.Locator($"tr[data-unit='{Unit}']");
        await Assertions.Expect(row.GetByTestId("state")).ToHaveTextAsync("Đã phê duyệt");
        await office.ScreenshotAsync("compliance-desktop");
        await office.AssertAccessibleAsync();

        var officePhone = await SignedInAsync("vhxh", BrowserFixture.Phone);
        foreach (var (url, shot) in new[] { ("/duyet-bao-cao?status=all", "review-queue-phone"), (office.Url, "compliance-phone") })
        {
            await officePhone.GotoAsync(url);
            await officePhone.ScreenshotAsync(shot);
            await officePhone.AssertAccessibleAsync();
        }

        await officePhone.GotoAsync("/duyet-bao-cao?status=Approved");
        await officePhone.GetByRole(AriaRole.Link, new() { Name = $"Xem báo cáo {Unit}, {Month}" }).ClickAsync();
        await Assertions.Expect(officePhone.GetByTestId("report-state")).ToHaveTextAsync("Đã phê duyệt");
        await officePhone.ScreenshotAsync("review-report-phone");
        await officePhone.AssertAccessibleAsync();
    }

    private async Task<IPage> SignedInAsync(string user, ViewportSize size)
    {
        var page = await browser.NewPageAsync(size);
        await page.SignInAsync(user);
        return page;
    }
}
