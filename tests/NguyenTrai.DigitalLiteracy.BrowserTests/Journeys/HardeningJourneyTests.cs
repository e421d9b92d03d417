using NguyenTrai.DigitalLiteracy.Data;
using Microsoft.Playwright;
using NguyenTrai.DigitalLiteracy.BrowserTests.Infrastructure;
using NguyenTrai.DigitalLiteracy.Domain.Entries;

namespace NguyenTrai.DigitalLiteracy.BrowserTests.Journeys;

/// <summary>What a person sees of the hardening: the office's outlier warning, the browser's own limit message, the 400 page.</summary>
public sealed class HardeningJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [BrowserFact]
    public async Task The_office_sees_an_unusual_value_flagged_on_the_list_and_the_entry()
    {
        var id = await browser.Server.WithDbAsync(async db =>
        {
            var unit = db.Units.Single(u => u.Code == "HPN");
            var entry = new TrainingSession
            {
                UnitId = unit.Id, Title = "Ngày hội học tập số toàn phường", Date = new DateOnly(2026, 11, 20), Format = TrainingFormat.HandsOnExperience,
                Platforms = DigitalPlatforms.VNeID, ParticipantsTotal = 4_800, ParticipantsWomen = 2_600, CreatedAtUtc = DateTime.UtcNow, CreatedById = "x",
            };
            db.Entries.Add(entry);
            await db.SaveChangesAsync();
            return entry.Id;
        });
        var page = await browser.NewPageAsync(BrowserFixture.Desktop);
        await page.SignInAsync("vhxh");

        await page.GotoAsync("/hoat-dong/lop-hoc?Q=" + Uri.EscapeDataString("Ngày hội học tập số toàn phường"));
        await Assertions.Expect(page.Locator($"tr[data-entry-id='{id}']").GetByTestId("unusual-value")).ToHaveTextAsync(EntryOutliers.Warning);
        await page.ScreenshotAsync("hardening-unusual-value-list-desktop");
        await page.AssertAccessibleAsync();

        await page.GotoAsync($"/hoat-dong/lop-hoc/{id}");
        await Assertions.Expect(page.GetByTestId("unusual-value")).ToContainTextAsync("Tổng số người tham gia");
        await page.ScreenshotAsync("hardening-unusual-value-details-desktop");
        await page.AssertAccessibleAsync();
    }

    [BrowserFact]
    public async Task Staff_are_told_the_limit_in_the_form_and_hidden_characters_get_the_vietnamese_400_page()
    {
        var page = await browser.NewPageAsync(BrowserFixture.Phone);
        await page.SignInAsync("hpn.canbo");

        await FillSessionAsync(page, "Lớp VNeID đông người", "1000000");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-valmsg-for=ParticipantsTotal]")).ToContainTextAsync("phải từ 0 đến 5.000");
        await page.ScreenshotAsync("hardening-limit-message-phone");

        await FillSessionAsync(page, "Lớp\u202E VNeID", "35");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Yêu cầu không hợp lệ");
        await Assertions.Expect(page.Locator("p.lead")).ToContainTextAsync("Trường \"Tiêu đề\" chứa ký tự không được phép");
        await page.ScreenshotAsync("hardening-hidden-character-400-phone");
        await page.AssertAccessibleAsync();
    }

    private static async Task FillSessionAsync(IPage page, string title, string participants)
    {
        await page.GotoAsync("/hoat-dong/lop-hoc/tao-moi");
        await page.GetByLabel("Tiêu đề").FillAsync(title);
        await page.GetByLabel("Hình thức", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Lớp học" });
        await page.GetByLabel("Thời lượng (giờ)").FillAsync("2");
        await page.GetByLabel("VNeID").CheckAsync();
        foreach (var label in new[] { "Trong đó từ 18 tuổi trở lên", "Trong đó nữ", "Trong đó từ 60 tuổi trở lên", "Tài khoản tạo mới trên binhdanhocvuso.gov.vn", "Số người hoàn thành khóa học / được cấp chứng nhận" })
        {
            await page.GetByLabel(label).FillAsync("0");
        }

        await page.GetByLabel("Tổng số người tham gia").FillAsync(participants);
    }
}
