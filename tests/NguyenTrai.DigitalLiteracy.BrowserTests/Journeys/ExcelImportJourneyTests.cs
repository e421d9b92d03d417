using NguyenTrai.DigitalLiteracy.Data;
using Microsoft.Playwright;
using MiniExcelLibs;
using NguyenTrai.DigitalLiteracy.BrowserTests.Infrastructure;

namespace NguyenTrai.DigitalLiteracy.BrowserTests.Journeys;

public sealed class ExcelImportJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [BrowserTheory]
    [InlineData("desktop")]
    [InlineData("phone")]
    public async Task Staff_uploads_a_filled_training_template_previews_and_confirms(string viewport)
    {
        var page = await browser.NewPageAsync(viewport == "phone" ? BrowserFixture.Phone : BrowserFixture.Desktop);
        await page.SignInAsync("hpn.canbo");
        if (viewport == "desktop")
        {
            await page.GetByRole(AriaRole.Button, new() { Name = "Hoạt động" }).ClickAsync();
            await page.GetByRole(AriaRole.Link, new() { Name = "Nhập từ Excel" }).ClickAsync();
        }
        else
        {
            await page.GotoAsync("/nhap-excel");
        }

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Nhập số liệu từ Excel" })).ToBeVisibleAsync();
        await page.ScreenshotAsync($"excel-import-{viewport}");
        await page.AssertAccessibleAsync();

        await page.GetByLabel("Lớp học, buổi hướng dẫn").CheckAsync();
        await page.GetByLabel("Tệp Excel (.xlsx)").SetInputFilesAsync(new FilePayload
        {
            Name = "lop-hoc-thang-11.xlsx",
            MimeType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            Buffer = TrainingWorkbook(viewport),
        });
        await page.GetByRole(AriaRole.Button, new() { Name = "Kiểm tra tệp" }).ClickAsync();

        var preview = page.GetByTestId("import-preview");
        await Assertions.Expect(preview.Locator("tbody tr")).ToHaveCountAsync(3);
        await Assertions.Expect(preview).ToContainTextAsync($"Lớp VNeID cho hội viên ({viewport}) 3");
        await page.ScreenshotAsync($"excel-import-preview-{viewport}");
        await page.AssertAccessibleAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Xác nhận lưu 3 dòng" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Đã nhập 3 lớp học, buổi hướng dẫn từ tệp Excel.");
        await page.Context.CloseAsync();
    }

    private static byte[] TrainingWorkbook(string viewport)
    {
        // The template's headers are the web form's labels (one validation source).
        var rows = Enumerable.Range(1, 3).Select(i => new Dictionary<string, object?>
        {
            ["Tiêu đề"] = $"Lớp VNeID cho hội viên ({viewport}) {i}",
            ["Hình thức"] = "Lớp học",
            ["Ngày"] = "2" + i + "/11/2026",
            ["Thời lượng (giờ)"] = 2,
            ["Địa điểm"] = "Nhà văn hóa thôn Lạc Dục",
            ["Nền tảng được hướng dẫn"] = "VNeID",
            ["Đối tượng"] = "Phụ nữ",
            ["Tổng số người tham gia"] = 20 + i,
            ["Trong đó từ 18 tuổi trở lên"] = 20,
            ["Trong đó nữ"] = 18,
            ["Trong đó từ 60 tuổi trở lên"] = 4,
            ["Tài khoản tạo mới trên binhdanhocvuso.gov.vn"] = 6,
            ["Số người hoàn thành khóa học / được cấp chứng nhận"] = 5,
            ["Người hướng dẫn"] = "Hội Liên hiệp Phụ nữ phường",
            ["Phong trào"] = "Bình dân học vụ số",
        }).ToList();
        using var stream = new MemoryStream();
        stream.SaveAs(rows, excelType: ExcelType.XLSX);
        return stream.ToArray();
    }
}
