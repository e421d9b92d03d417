using NguyenTrai.DigitalLiteracy.Data;
using Microsoft.Playwright;
using NguyenTrai.DigitalLiteracy.BrowserTests.Infrastructure;

namespace NguyenTrai.DigitalLiteracy.BrowserTests.Journeys;

/// <summary>A unit's staff member records one entry of each type through the forms and finds them listed.</summary>
public sealed class EntriesJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [BrowserFact]
    public async Task Staff_record_one_entry_of_each_type_and_see_them_listed()
    {
        var page = await browser.NewPageAsync(BrowserFixture.Desktop);
        await page.SignInAsync("hpn.canbo");

        await RecordAsync(page, "/hoat-dong/tuyen-truyen", "Đăng bài Zalo về Bình dân học vụ số", async () =>
        {
            await page.GetByLabel("Ngày kết thúc").FillAsync("22/11/2026");
            await page.GetByLabel("Hình thức tuyên truyền").SelectOptionAsync(new SelectOptionValue { Label = "Bài đăng nhóm Zalo" });
            await page.GetByLabel("Trực tuyến / trực tiếp").SelectOptionAsync(new SelectOptionValue { Label = "Trực tuyến" });
            await page.GetByLabel("Số lượng (lượt phát, bài đăng, băng rôn)").FillAsync("3");
        });

        await page.GotoAsync("/hoat-dong/lop-hoc/tao-moi");
        await page.ScreenshotAsync("entries-training-form-desktop");
        await page.AssertAccessibleAsync();
        await RecordAsync(page, "/hoat-dong/lop-hoc", "Lớp VNeID cho hội viên phụ nữ", async () =>
        {
            await page.GetByLabel("Hình thức", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Lớp học" });
            await page.GetByLabel("Thời lượng (giờ)").FillAsync("2,5");
            await page.GetByLabel("VNeID").CheckAsync();
            await page.GetByLabel("Phụ nữ").CheckAsync();
            await page.GetByLabel("Tổng số người tham gia").FillAsync("35");
            await page.GetByLabel("Trong đó từ 18 tuổi trở lên").FillAsync("35");
            await page.GetByLabel("Trong đó nữ").FillAsync("30");
            await page.GetByLabel("Trong đó từ 60 tuổi trở lên").FillAsync("8");
            await page.GetByLabel("Tài khoản tạo mới trên binhdanhocvuso.gov.vn").FillAsync("12");
            await page.GetByLabel("Số người hoàn thành khóa học / được cấp chứng nhận").FillAsync("10");
        });
        await page.AssertAccessibleAsync();
        await Assertions.Expect(page.GetByTestId("entry-fields")).ToContainTextAsync("2,5");

        await RecordAsync(page, "/hoat-dong/sang-kien", "Tổ hỗ trợ thanh toán QR ở chợ", async () =>
        {
            await page.GetByLabel("Loại", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Cách làm hay" });
            await page.GetByLabel("Lĩnh vực").SelectOptionAsync(new SelectOptionValue { Label = "Kinh doanh" });
            await page.GetByLabel("Người / tổ chức đề xuất là").SelectOptionAsync(new SelectOptionValue { Label = "Tổ chức" });
            await page.GetByLabel("Tên người / tổ chức đề xuất").FillAsync("Chi hội Phụ nữ thôn Lạc Dục");
            await page.GetByLabel("Mô tả").FillAsync("Hội viên hướng dẫn tiểu thương dùng mã QR.");
        });

        await RecordAsync(page, "/hoat-dong/long-ghep", "Lồng ghép tại hội nghị Mặt trận", async () =>
        {
            await page.GetByLabel("Lồng ghép vào").SelectOptionAsync(new SelectOptionValue { Label = "Cuộc vận động của Mặt trận Tổ quốc" });
            await page.GetByLabel("Tên kế hoạch / cuộc vận động").FillAsync("Toàn dân đoàn kết xây dựng đô thị văn minh");
            await page.GetByLabel("Cơ quan, tổ chức chủ trì").FillAsync("Ủy ban MTTQ phường");
            await page.GetByLabel("Nội dung học tập số được lồng ghép").FillAsync("Giới thiệu binhdanhocvuso.gov.vn.");
        });

        foreach (var (path, title) in new[]
        {
            ("/hoat-dong/tuyen-truyen", "Đăng bài Zalo về Bình dân học vụ số"), ("/hoat-dong/lop-hoc", "Lớp VNeID cho hội viên phụ nữ"),
            ("/hoat-dong/sang-kien", "Tổ hỗ trợ thanh toán QR ở chợ"), ("/hoat-dong/long-ghep", "Lồng ghép tại hội nghị Mặt trận"),
        })
        {
            await page.GotoAsync(path);
            await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = title, Exact = true })).ToBeVisibleAsync();
        }

        await page.GotoAsync("/hoat-dong/lop-hoc");
        await page.GetByRole(AriaRole.Link, new() { Name = "Lớp VNeID cho hội viên phụ nữ", Exact = true }).ClickAsync();
        await page.ScreenshotAsync("entries-training-details-with-evidence-desktop");
        await page.AssertAccessibleAsync();

        await page.GotoAsync("/hoat-dong/lop-hoc");
        await page.ScreenshotAsync("entries-training-list-desktop");
        await page.AssertAccessibleAsync();
        await page.Context.CloseAsync();
    }

    [BrowserFact]
    public async Task Training_list_and_form_work_on_a_phone()
    {
        var page = await browser.NewPageAsync(BrowserFixture.Phone);
        await page.SignInAsync("hpn.canbo");

        await page.GotoAsync("/hoat-dong/lop-hoc");
        await page.ScreenshotAsync("entries-training-list-phone");
        await page.AssertAccessibleAsync();
        await page.GotoAsync("/hoat-dong/lop-hoc/tao-moi");
        await page.GetByLabel("Trong đó nữ").FillAsync("50");
        await page.GetByLabel("Tổng số người tham gia").FillAsync("20");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Số nữ không được lớn hơn tổng số người tham gia.")).ToBeVisibleAsync();
        await page.ScreenshotAsync("entries-training-form-phone");
        await page.AssertAccessibleAsync();
        await page.Context.CloseAsync();
    }

    private static async Task RecordAsync(IPage page, string path, string title, Func<Task> fillTypeFields)
    {
        await page.GotoAsync(path + "/tao-moi");
        await page.GetByLabel("Tiêu đề").FillAsync(title);
        await page.GetByLabel("Ngày", new() { Exact = true }).FillAsync("20/11/2026");
        await fillTypeFields();
        await page.GetByLabel("Bình dân học vụ số", new() { Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("entry-title")).ToHaveTextAsync(title);

        // Every entry gets a photo as evidence, uploaded from its details page.
        await page.Locator("#evidence-file").SetInputFilesAsync(new FilePayload { Name = "anh-hoat-dong.png", MimeType = "image/png", Buffer = OnePixelPng });
        await page.GetByRole(AriaRole.Button, new() { Name = "Tải lên" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("evidence-files").GetByRole(AriaRole.Img)).ToBeVisibleAsync();
    }

    private static readonly byte[] OnePixelPng = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");
}
