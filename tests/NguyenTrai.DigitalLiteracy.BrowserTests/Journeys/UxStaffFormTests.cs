using Microsoft.Playwright;
using NguyenTrai.DigitalLiteracy.BrowserTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using SixLabors.ImageSharp;

namespace NguyenTrai.DigitalLiteracy.BrowserTests.Journeys;

/// <summary>The entry form on a phone: one press of "Lưu" after correcting a limit error sends it; dates typed on the number pad or picked from a Vietnamese calendar; a camera photo scaled down before it is sent.</summary>
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

    /// <summary>
    /// A 12 MP camera photo chosen in the entry form is scaled down in the browser to 2560 px on its long side before it
    /// is sent (a few hundred KB on 4G instead of several MB) and stored at that size; a photo already smaller, added
    /// afterwards on the entry's page, is sent and stored as it is.
    /// </summary>
    [BrowserFact]
    public async Task A_camera_photo_is_scaled_down_before_it_is_sent_and_a_small_one_is_sent_as_it_is()
    {
        var page = await browser.NewPageAsync(BrowserFixture.Phone);
        await page.SignInAsync("thon01.canbo");
        await page.GotoAsync("/hoat-dong/lop-hoc/tao-moi");
        await FillTrainingAsync(page, "Lớp có ảnh chụp bằng điện thoại", "Buổi hướng dẫn", hours: "2", total: "20", adults: "20");
        var camera = Photo.Jpeg(4000, 3000);
        await page.Locator("#Photo").SetInputFilesAsync(new FilePayload { Name = "IMG_20261120_0930.jpg", MimeType = "image/jpeg", Buffer = camera });
        await Assertions.Expect(page.GetByTestId("photo-resized")).ToContainTextAsync("Ảnh đã được thu nhỏ còn 2560 x 1920 điểm ảnh");
        Assert.True(await page.Locator("#Photo").EvaluateAsync<int>("input => input.files[0].size") < camera.Length);
        // The field only: a full-page screenshot resizes the viewport, and a click right after it can land beside the button.
        await page.GetByTestId("photo-field").ScreenshotAsync(new() { Path = PageActions.ScreenshotPath("ux-photo-resized-phone") });
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("entry-title")).ToHaveTextAsync("Lớp có ảnh chụp bằng điện thoại");
        Assert.Equal((2560, 1920), await StoredSizeAsync(page, "IMG_20261120_0930.jpg"));

        await page.Locator("#evidence-file").SetInputFilesAsync(new FilePayload { Name = "anh-nho.jpg", MimeType = "image/jpeg", Buffer = Photo.Jpeg(800, 600) });
        await page.GetByRole(AriaRole.Button, new() { Name = "Tải lên" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("evidence-files").Locator("li")).ToHaveCountAsync(2);
        Assert.Equal((800, 600), await StoredSizeAsync(page, "anh-nho.jpg"));
        await page.Context.CloseAsync();
    }

    /// <summary>
    /// The connection drops as "Lưu" is pressed in a village hall: nothing reaches the server. Opening the form again
    /// offers what was typed; "Khôi phục" puts it back and the save goes through; the form then opens with no offer,
    /// and nothing is left in the browser. What is typed and then cancelled with "Hủy" is not offered either.
    /// </summary>
    [BrowserFact]
    public async Task What_was_typed_before_the_connection_dropped_is_offered_back_and_forgotten_once_saved()
    {
        const string Title = "Hướng dẫn VNeID tại nhà văn hóa thôn (mất sóng)";
        var page = await browser.NewPageAsync(BrowserFixture.Phone);
        await page.SignInAsync("thon01.canbo");
        await page.GotoAsync("/hoat-dong/lop-hoc/tao-moi");
        var offer = page.GetByTestId("draft-offer");
        await Assertions.Expect(offer).ToHaveCountAsync(0);
        await FillTrainingAsync(page, Title, "Lớp học", hours: "3", total: "42", adults: "40");

        // The connection drops as the form is sent: the browser's POST fails as "internet disconnected" and never
        // reaches the server. (Emulating offline mode instead sometimes left Chromium's navigation hanging.)
        var dropped = new TaskCompletionSource();
        await page.RouteAsync("**/hoat-dong/lop-hoc/tao-moi", async route =>
        {
            if (route.Request.Method != "POST")
            {
                await route.ContinueAsync();
                return;
            }

            dropped.TrySetResult();
            await route.AbortAsync("internetdisconnected");
        });
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu" }).ClickAsync();
        await dropped.Task.WaitAsync(TimeSpan.FromSeconds(15));
        await page.UnrouteAllAsync();
        Assert.Equal(0, await EntriesTitledAsync(Title));

        await page.GotoAsync("/hoat-dong/lop-hoc/tao-moi");
        await Assertions.Expect(offer).ToContainTextAsync("chưa được lưu");
        await Assertions.Expect(offer).ToContainTextAsync("Ảnh minh chứng cần chọn lại");
        await Assertions.Expect(page.GetByLabel("Tiêu đề")).ToHaveValueAsync("");
        await page.AssertFitsAndAccessibleAsync();
        await offer.GetByRole(AriaRole.Button, new() { Name = "Khôi phục" }).ClickAsync();
        await Assertions.Expect(offer).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByLabel("Tiêu đề")).ToHaveValueAsync(Title);
        await Assertions.Expect(page.GetByLabel("Hình thức", new() { Exact = true }).Locator("option:checked")).ToHaveTextAsync("Lớp học");
        await Assertions.Expect(page.GetByLabel("Thời lượng (giờ)")).ToHaveValueAsync("3");
        await Assertions.Expect(page.GetByLabel("VNeID")).ToBeCheckedAsync();
        await Assertions.Expect(page.GetByLabel("Tổng số người tham gia")).ToHaveValueAsync("42");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("entry-title")).ToHaveTextAsync(Title);
        await page.WaitForLoadStateAsync(LoadState.Load); // the saved page's scripts forget the draft
        Assert.Equal(1, await EntriesTitledAsync(Title));

        await page.GotoAsync("/hoat-dong/lop-hoc/tao-moi");
        await Assertions.Expect(page.GetByLabel("Tiêu đề")).ToBeVisibleAsync();
        await Assertions.Expect(offer).ToHaveCountAsync(0);
        Assert.Equal(0, await page.EvaluateAsync<int>("() => Object.keys(localStorage).filter(k => k.startsWith('portal-draft:')).length"));

        await page.GetByLabel("Tiêu đề").FillAsync("Bỏ dở giữa chừng");
        await page.GetByRole(AriaRole.Link, new() { Name = "Hủy", Exact = true }).ClickAsync();
        await page.GotoAsync("/hoat-dong/lop-hoc/tao-moi");
        await Assertions.Expect(page.GetByLabel("Tiêu đề")).ToBeVisibleAsync();
        await Assertions.Expect(offer).ToHaveCountAsync(0);
        await page.Context.CloseAsync();
    }

    /// <summary>
    /// The report's narrative, typed on a phone and left without saving (another page opened, or the tab closed), is
    /// offered back on the report page; once the draft is saved on the server the offer is gone.
    /// </summary>
    [BrowserFact]
    public async Task A_narrative_left_without_saving_is_offered_back_on_the_report_page()
    {
        const string Highlights = "Thôn tổ chức 3 buổi hướng dẫn VNeID cho người cao tuổi tại nhà văn hóa.";
        var page = await browser.NewPageAsync(BrowserFixture.Phone);
        await page.SignInAsync("thon01.canbo");
        await page.GetByTestId("report-action").ClickAsync();
        // The click returns once the report page starts arriving; the page's scripts run at its end.
        await page.WaitForLoadStateAsync(LoadState.Load);
        var highlights = page.GetByLabel("Kết quả nổi bật");
        await highlights.FillAsync(Highlights);
        var report = new Uri(page.Url).AbsolutePath;

        await page.GotoAsync("/");
        await page.GotoAsync(report);
        var offer = page.GetByTestId("draft-offer");
        await Assertions.Expect(offer).ToContainTextAsync("chưa được lưu");
        await Assertions.Expect(offer).Not.ToContainTextAsync("Ảnh minh chứng");
        await Assertions.Expect(highlights).ToHaveValueAsync("");
        await offer.GetByRole(AriaRole.Button, new() { Name = "Khôi phục" }).ClickAsync();
        await Assertions.Expect(highlights).ToHaveValueAsync(Highlights);
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu nháp" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-flash=success]")).ToBeVisibleAsync();
        await page.WaitForLoadStateAsync(LoadState.Load); // the saved page's scripts forget the draft

        await page.GotoAsync(report);
        await Assertions.Expect(highlights).ToHaveValueAsync(Highlights);
        await Assertions.Expect(offer).ToHaveCountAsync(0);
        await page.Context.CloseAsync();
    }

    /// <summary>The training-session form's required fields, VNeID as the platform.</summary>
    private static async Task FillTrainingAsync(IPage page, string title, string format, string hours, string total, string adults)
    {
        await page.GetByLabel("Tiêu đề").FillAsync(title);
        await page.GetByLabel("Hình thức", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = format });
        await page.GetByLabel("Thời lượng (giờ)").FillAsync(hours);
        await page.GetByLabel("VNeID").CheckAsync();
        await page.GetByLabel("Tổng số người tham gia").FillAsync(total);
        await page.GetByLabel("Trong đó từ 18 tuổi trở lên").FillAsync(adults);
    }

    /// <summary>How many entries carry this title in the portal's database.</summary>
    private Task<int> EntriesTitledAsync(string title) =>
        browser.Server.WithDbAsync(db => db.Entries.CountAsync(e => e.Title == title));

    /// <summary>Width and height of the image the portal stored under that name, read from the file it serves.</summary>
    private static async Task<(int Width, int Height)> StoredSizeAsync(IPage page, string fileName)
    {
        var href = await page.GetByTestId("evidence-files").GetByRole(AriaRole.Link, new() { Name = "Mở " + fileName, Exact = true }).GetAttributeAsync("href");
        var response = await page.Context.APIRequest.GetAsync(href!);
        Assert.Equal(200, response.Status);
        var info = Image.Identify(await response.BodyAsync());
        return (info.Width, info.Height);
    }
}
