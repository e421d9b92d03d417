using Microsoft.Playwright;
using NguyenTrai.DigitalLiteracy.BrowserTests.Infrastructure;

namespace NguyenTrai.DigitalLiteracy.BrowserTests.Journeys;

/// <summary>
/// The return cycle as its people live it, on a desktop (1366x768) and a phone (390x844): the unit records a training
/// session with a photo from the create form and submits from its home; the office is notified and returns it with a
/// reason; the unit sees the banner, fixes the entry and resubmits from the banner; the office sees the change list and
/// approves; the unit is notified. Every page visited fits the screen and has no serious or critical axe issue.
/// </summary>
public sealed class UxStaffJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string Month = "Tháng 12/2026";
    private const string Reason = "Đề nghị kiểm tra lại số người tham gia lớp VNeID (danh sách ký tên có 42 người).";

    public static readonly ViewportSize Desktop = new() { Width = 1366, Height = 768 };

    public static TheoryData<string, string, string> Journeys => new()
    {
        // Each size with its own unit: the two runs share one portal.
        { "desktop", "hpn.canbo", "Hội Liên hiệp Phụ nữ phường" },
        { "phone", "dtn.canbo", "Đoàn Thanh niên Cộng sản Hồ Chí Minh phường" },
    };

    [BrowserTheory]
    [MemberData(nameof(Journeys))]
    public async Task Record_with_a_photo_submit_return_fix_resubmit_from_the_banner_approve_and_be_told(string size, string user, string unit)
    {
        var viewport = size == "phone" ? BrowserFixture.Phone : Desktop;
        var title = $"Lớp học VNeID cho đoàn viên, hội viên ({size})";
        var staff = await SignedInAsync(user, viewport);

        // The home is a to-do list: the report's state as a button, and ways to record.
        await Assertions.Expect(staff.GetByTestId("report-action")).ToHaveTextAsync("Lập báo cáo");
        await staff.AssertFitsAndAccessibleAsync();
        await staff.GuideScreenshotAsync($"trang-chu-don-vi-{size}", fullPage: size == "phone");
        await staff.GetByRole(AriaRole.Link, new() { Name = "Thêm lớp học, buổi hướng dẫn" }).ClickAsync();

        // A training session with a photo, from the create form.
        await staff.GetByLabel("Tiêu đề").FillAsync(title);
        await staff.GetByLabel("Ngày", new() { Exact = true }).FillAsync("20/11/2026");
        await staff.GetByLabel("Hình thức", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Lớp học" });
        await staff.GetByLabel("Thời lượng (giờ)").FillAsync("2");
        await staff.GetByLabel("VNeID").CheckAsync();
        await staff.GetByLabel("Tổng số người tham gia").FillAsync("35");
        await staff.GetByLabel("Trong đó từ 18 tuổi trở lên").FillAsync("30");
        await staff.GetByLabel("Trong đó nữ").FillAsync("20");
        await staff.Locator("#Photo").SetInputFilesAsync(new FilePayload { Name = "lop-hoc.png", MimeType = "image/png", Buffer = Photo.Png });
        await staff.GetByLabel("Chú thích ảnh (không bắt buộc)").FillAsync("Lớp học tại nhà văn hóa");
        await staff.AssertFitsAndAccessibleAsync();
        await staff.GetByRole(AriaRole.Button, new() { Name = "Lưu" }).ClickAsync();
        await Assertions.Expect(staff.GetByTestId("entry-title")).ToHaveTextAsync(title);
        await Assertions.Expect(staff.GetByTestId("evidence-files").GetByRole(AriaRole.Img)).ToBeVisibleAsync();
        await staff.AssertFitsAndAccessibleAsync();

        // Submitted from the home's button.
        await staff.GotoAsync("/");
        await Assertions.Expect(staff.GetByTestId("current-figures").Locator("tr[data-row=sessions] td[data-entered]")).Not.ToHaveTextAsync("0");
        await staff.GetByTestId("report-action").ClickAsync();
        await staff.GetByLabel("Kết quả nổi bật").FillAsync("Tổ chức lớp hướng dẫn cài đặt VNeID cho 35 người.");
        await staff.AssertFitsAndAccessibleAsync();
        await staff.GetByRole(AriaRole.Button, new() { Name = "Gửi báo cáo" }).ClickAsync();
        await Assertions.Expect(staff.GetByTestId("report-state")).ToHaveTextAsync("Đã gửi, chờ duyệt");

        // The office is notified, opens the report from the notification, sees the photo, returns it with a reason.
        var office = await SignedInAsync("vhxh", viewport);
        await office.GotoAsync("/thong-bao");
        var submitted = office.GetByTestId("notifications").Locator("li", new() { HasText = $"{unit} gửi báo cáo {Month}" });
        await Assertions.Expect(submitted).ToHaveCountAsync(1);
        await office.AssertFitsAndAccessibleAsync();
        await submitted.GetByRole(AriaRole.Button, new() { Name = "Xem chi tiết" }).ClickAsync();
        await Assertions.Expect(office.GetByTestId("report-state")).ToHaveTextAsync("Đã gửi, chờ duyệt");
        await Assertions.Expect(office.Locator("[data-testid=entries-lop-hoc] li", new() { HasText = title }).GetByRole(AriaRole.Img)).ToBeVisibleAsync();
        await office.AssertFitsAndAccessibleAsync();
        await office.GetByLabel("Lý do trả lại").FillAsync(Reason);
        await office.GetByRole(AriaRole.Button, new() { Name = "Trả lại báo cáo" }).ClickAsync();
        await Assertions.Expect(office.GetByTestId("report-state")).ToHaveTextAsync("Bị trả lại");
        browser.Server.Clock.Advance(TimeSpan.FromMinutes(2));

        // The unit hears, and is guided: home, entry list, the entry; fixes it and resubmits from the banner.
        await staff.GotoAsync("/");
        // The bell is in the menu, collapsed on a phone: the home says it in the page as well.
        await Assertions.Expect(staff.GetByTestId("home-notifications")).ToContainTextAsync("thông báo chưa đọc");
        await Assertions.Expect(staff.GetByTestId("report-action")).ToHaveTextAsync("Sửa và gửi lại");
        await Assertions.Expect(staff.GetByTestId("home-return-reason")).ToContainTextAsync(Reason);
        await staff.AssertFitsAndAccessibleAsync();
        await staff.GuideScreenshotAsync($"trang-chu-bi-tra-lai-{size}");
        await staff.GotoAsync("/hoat-dong/lop-hoc");
        await Assertions.Expect(staff.GetByTestId("returned-banner").Filter(new() { HasText = Reason })).ToBeVisibleAsync();
        await staff.AssertFitsAndAccessibleAsync();
        await staff.GuideScreenshotAsync($"thong-bao-tra-lai-{size}");
        await staff.GetByRole(AriaRole.Link, new() { Name = title, Exact = true }).ClickAsync();
        await staff.GetByRole(AriaRole.Link, new() { Name = "Sửa", Exact = true }).ClickAsync();
        await Assertions.Expect(staff.GetByTestId("returned-banner").Filter(new() { HasText = Reason })).ToBeVisibleAsync();
        await staff.GetByLabel("Tổng số người tham gia").FillAsync("42");
        await staff.GetByLabel("Trong đó từ 18 tuổi trở lên").FillAsync("37");
        await staff.AssertFitsAndAccessibleAsync();
        await staff.GetByRole(AriaRole.Button, new() { Name = "Lưu" }).ClickAsync();
        await Assertions.Expect(staff.GetByTestId("entry-fields")).ToContainTextAsync("42");
        await staff.AssertFitsAndAccessibleAsync();
        await staff.GetByTestId("returned-banner").Filter(new() { HasText = Reason }).GetByTestId("resubmit-link").ClickAsync();
        await Assertions.Expect(staff.GetByTestId("return-reason")).ToContainTextAsync(Reason);
        await staff.AssertFitsAndAccessibleAsync();
        await staff.GetByRole(AriaRole.Button, new() { Name = "Gửi lại báo cáo" }).ClickAsync();
        await Assertions.Expect(staff.GetByTestId("report-state")).ToHaveTextAsync("Đã gửi, chờ duyệt");

        // The office is told of the resubmission, sees what changed since the return, approves.
        await office.GotoAsync("/thong-bao");
        var again = office.GetByTestId("notifications").Locator("li", new() { HasText = $"{unit} gửi báo cáo {Month} (gửi lại lần 2)" });
        await again.GetByRole(AriaRole.Button, new() { Name = "Xem chi tiết" }).ClickAsync();
        var change = office.GetByTestId("change-line");
        await Assertions.Expect(change).ToHaveCountAsync(1);
        await Assertions.Expect(change).ToContainTextAsync("Tổng số người tham gia 35 → 42");
        await Assertions.Expect(change).ToContainTextAsync("Trong đó từ 18 tuổi trở lên 30 → 37");
        await office.AssertFitsAndAccessibleAsync();
        await office.GetByTestId("changes-since-return").ScrollIntoViewIfNeededAsync();
        await office.GuideScreenshotAsync($"thay-doi-ke-tu-lan-tra-lai-{size}");
        await office.GetByRole(AriaRole.Button, new() { Name = "Phê duyệt" }).ClickAsync();
        await Assertions.Expect(office.GetByTestId("report-state")).ToHaveTextAsync("Đã phê duyệt");

        // The unit is told.
        await staff.GotoAsync("/thong-bao");
        await Assertions.Expect(staff.GetByTestId("notifications").Locator("li", new() { HasText = $"Báo cáo {Month} đã được phê duyệt" })).ToHaveCountAsync(1);
        await staff.AssertFitsAndAccessibleAsync();
        await staff.GotoAsync("/");
        await Assertions.Expect(staff.GetByTestId("report-action")).ToHaveTextAsync("Đã phê duyệt");
        await staff.AssertFitsAndAccessibleAsync();

        await staff.Context.CloseAsync();
        await office.Context.CloseAsync();
    }

    private async Task<IPage> SignedInAsync(string user, ViewportSize size)
    {
        var page = await browser.NewPageAsync(size);
        await page.SignInAsync(user);
        return page;
    }
}
