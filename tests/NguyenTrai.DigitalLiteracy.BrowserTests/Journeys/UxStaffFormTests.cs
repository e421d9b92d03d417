using Microsoft.Playwright;
using NguyenTrai.DigitalLiteracy.BrowserTests.Infrastructure;

namespace NguyenTrai.DigitalLiteracy.BrowserTests.Journeys;

/// <summary>The entry form on a phone: one press of "Lưu" after correcting a limit error sends it; dates typed on the number pad or picked from a Vietnamese calendar.</summary>
public sealed class UxStaffFormTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    /// <summary>
    /// The reported bug: after the limit message under "Tổng số người tham gia", correcting the number and pressing "Lưu"
    /// once sent nothing. The message only went away when the field lost focus, i.e. on the press itself; the long
    /// message (three lines on a phone) vanished, the button moved up under the finger and the press landed beside it.
    /// Fields shown as wrong are now re-checked as they change, so the message is gone before the press.
    /// </summary>
    [BrowserFact]
    public async Task Correcting_a_limit_error_then_pressing_save_once_sends_the_form_on_a_phone()
    {
        var page = await browser.NewPageAsync(BrowserFixture.Phone);
        await page.SignInAsync("thon01.canbo");
        await page.GotoAsync("/hoat-dong/lop-hoc/tao-moi");
        await page.GetByLabel("Tiêu đề").FillAsync("Lớp sửa lỗi giới hạn trên điện thoại");
        await page.GetByLabel("Hình thức", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Buổi hướng dẫn" });
        await page.GetByLabel("Thời lượng (giờ)").FillAsync("1,5");
        await page.GetByLabel("VNeID").CheckAsync();
        await page.GetByLabel("Trong đó từ 18 tuổi trở lên").FillAsync("30");
        await page.GetByLabel("Tổng số người tham gia").FillAsync("6000");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-valmsg-for=ParticipantsTotal]")).ToContainTextAsync("phải từ 0 đến 5.000");
        await page.ScreenshotAsync("ux-limit-error-phone");

        await page.GetByLabel("Tổng số người tham gia").FillAsync("35");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu" }).ClickAsync();

        await Assertions.Expect(page.GetByTestId("entry-title")).ToHaveTextAsync("Lớp sửa lỗi giới hạn trên điện thoại");
        await page.Context.CloseAsync();
    }

    [BrowserFact]
    public async Task Dates_are_typed_on_the_number_pad_or_picked_in_vietnamese_and_an_impossible_day_is_named()
    {
        var page = await browser.NewPageAsync(BrowserFixture.Phone);
        await page.SignInAsync("thon01.canbo");
        await page.GotoAsync("/hoat-dong/tuyen-truyen/tao-moi");
        var date = page.GetByLabel("Ngày", new() { Exact = true });
        await Assertions.Expect(date).ToHaveAttributeAsync("inputmode", "numeric");

        // Digits only (a phone's number pad has no "/"): the slashes come by themselves.
        await date.FillAsync("");
        await date.PressSequentiallyAsync("05112026");
        await Assertions.Expect(date).ToHaveValueAsync("05/11/2026");

        // The calendar speaks Vietnamese, opens on the typed month and writes the picked day in dd/MM/yyyy.
        await page.GetByRole(AriaRole.Button, new() { Name = "Chọn trên lịch" }).First.ClickAsync();
        var calendar = page.Locator(".flatpickr-calendar.open");
        await Assertions.Expect(calendar).ToBeVisibleAsync();
        await Assertions.Expect(calendar.Locator(".flatpickr-weekdays")).ToContainTextAsync("T2");
        await Assertions.Expect(calendar.Locator(".flatpickr-monthDropdown-months option:checked, .cur-month").First).ToContainTextAsync("Tháng mười một");
        await page.ScreenshotAsync("ux-date-picker-phone");
        await calendar.Locator(".flatpickr-day:not(.prevMonthDay):not(.nextMonthDay)", new() { HasTextString = "20" }).First.ClickAsync();
        await Assertions.Expect(date).ToHaveValueAsync("20/11/2026");
        await page.AssertAccessibleAsync();

        // An impossible day is named as such, in the browser and by the server.
        await date.FillAsync("31/02/2026");
        await page.GetByLabel("Tiêu đề").FocusAsync();
        await Assertions.Expect(page.Locator("[data-valmsg-for=Date]")).ToContainTextAsync("Ngày không tồn tại");
        await page.Context.CloseAsync();
    }
}
