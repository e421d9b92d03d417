using Microsoft.Playwright;
using NguyenTrai.DigitalLiteracy.BrowserTests.Infrastructure;
using NguyenTrai.DigitalLiteracy.Pdf.Tests;

namespace NguyenTrai.DigitalLiteracy.BrowserTests.Journeys;

/// <summary>
/// Documents as a ward issues them, in Chromium: a city report waits for leadership's approval (the office cannot
/// issue it alone), and anyone verifies an issued PDF without signing in, by its QR code and by uploading it.
/// </summary>
public sealed class DocumentJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private static readonly ViewportSize Laptop = new() { Width = 1366, Height = 768 };

    [BrowserFact]
    public async Task Leadership_approves_a_city_report_which_the_office_cannot_issue_alone()
    {
        var office = await browser.NewPageAsync(Laptop);
        office.Dialog += (_, dialog) => dialog.AcceptAsync();
        await office.SignInAsync("vhxh");
        await office.GotoAsync("/bao-cao-tong-hop/tao-moi");
        await office.GetByLabel("Gửi đến").SelectOptionAsync(new SelectOptionValue { Label = "Báo cáo UBND thành phố" });
        await office.GetByLabel("Kỳ báo cáo").SelectOptionAsync(new SelectOptionValue { Label = "Năm 2026" });
        await office.GetByRole(AriaRole.Button, new() { Name = "Lập dự thảo" }).ClickAsync();
        await Assertions.Expect(office.GetByRole(AriaRole.Heading, new() { Name = "Dự thảo báo cáo" })).ToBeVisibleAsync();

        // No way to issue: the only way forward is to send it to leadership.
        await Assertions.Expect(office.GetByTestId("issue-button")).ToHaveCountAsync(0);
        await office.GetByLabel("Tôi vẫn ban hành dù số liệu chưa đầy đủ").CheckAsync();
        await office.GetByRole(AriaRole.Button, new() { Name = "Lưu và trình lãnh đạo" }).ClickAsync();
        await Assertions.Expect(office.GetByText("Đã trình lãnh đạo duyệt.")).ToBeVisibleAsync();
        await Assertions.Expect(office.GetByRole(AriaRole.Heading, new() { Name = "Báo cáo chờ lãnh đạo duyệt" })).ToBeVisibleAsync();
        await Assertions.Expect(office.GetByTestId("issue-button")).ToHaveCountAsync(0);
        var reportUrl = office.Url;
        await office.ScreenshotAsync("report-office-awaiting-1366");
        await office.AssertAccessibleAsync();

        foreach (var (name, size) in new[] { ("390", BrowserFixture.Phone), ("1366", Laptop) })
        {
            var leader = await browser.NewPageAsync(size);
            leader.Dialog += (_, dialog) => dialog.AcceptAsync();
            await leader.SignInAsync("lanhdao");
            await leader.GotoAsync("/bao-cao-tong-hop");
            await Assertions.Expect(leader.GetByTestId("awaiting").First).ToBeVisibleAsync();
            await leader.GotoAsync(reportUrl);
            await Assertions.Expect(leader.GetByTestId("leadership-actions")).ToBeVisibleAsync();
            var preview = await leader.APIRequest.GetAsync(await leader.GetByTestId("preview-link").GetAttributeAsync("href") ?? "");
            Assert.Equal("application/pdf", preview.Headers["content-type"]);
            await leader.ScreenshotAsync($"report-leadership-review-{name}");
            await leader.AssertAccessibleAsync();
            if (name == "1366")
            {
                await leader.GetByTestId("approve-button").ClickAsync();
                await Assertions.Expect(leader.GetByText("Đã duyệt báo cáo.")).ToBeVisibleAsync();
                await Assertions.Expect(leader.GetByTestId("issue-button")).ToHaveCountAsync(0);
            }

            await leader.Context.CloseAsync();
        }

        await office.GotoAsync(reportUrl);
        await Assertions.Expect(office.GetByRole(AriaRole.Heading, new() { Name = "Báo cáo đã được lãnh đạo duyệt" })).ToBeVisibleAsync();
        var suggested = await office.GetByTestId("approved-issue-form").GetByTestId("suggested-number").TextContentAsync();
        await office.ScreenshotAsync("report-office-approved-1366");
        await office.SetViewportSizeAsync(BrowserFixture.Phone.Width, BrowserFixture.Phone.Height);
        await office.ScreenshotAsync("report-office-approved-390");
        await office.AssertAccessibleAsync();
        await office.SetViewportSizeAsync(Laptop.Width, Laptop.Height);
        await office.GetByTestId("issue-button").ClickAsync();
        await Assertions.Expect(office.GetByText($"Đã ban hành báo cáo số {suggested}/BC-UBND")).ToBeVisibleAsync();
        await Assertions.Expect(office.GetByRole(AriaRole.Heading, new() { Name = "Báo cáo đã ban hành" })).ToBeVisibleAsync();
        await office.Context.CloseAsync();
    }

    [BrowserFact]
    public async Task Anyone_verifies_an_issued_report_by_its_qr_code_and_by_uploading_it()
    {
        var office = await browser.NewPageAsync(Laptop);
        office.Dialog += (_, dialog) => dialog.AcceptAsync();
        await office.SignInAsync("vhxh");
        await office.GotoAsync("/bao-cao-tong-hop/tao-moi");
        await office.GetByLabel("Kỳ báo cáo").SelectOptionAsync(new SelectOptionValue { Label = "Tháng 10/2026" });
        await office.GetByRole(AriaRole.Button, new() { Name = "Lập dự thảo" }).ClickAsync();
        if (await office.GetByLabel("Tôi vẫn ban hành dù số liệu chưa đầy đủ").CountAsync() > 0)
        {
            await office.GetByLabel("Tôi vẫn ban hành dù số liệu chưa đầy đủ").CheckAsync();
        }

        await office.GetByRole(AriaRole.Button, new() { Name = "Lưu và ban hành" }).ClickAsync();
        await Assertions.Expect(office.GetByText("Đã ban hành báo cáo số")).ToBeVisibleAsync();
        var download = await office.APIRequest.GetAsync(await office.GetByRole(AriaRole.Link, new() { Name = "PDF đã ban hành" }).First.GetAttributeAsync("href") ?? "");
        var pdf = await download.BodyAsync();
        var pdfPath = Path.Combine(Path.GetTempPath(), $"ban-sao-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(pdfPath, pdf);
        await office.Context.CloseAsync();

        // A phone reads the QR code on the last page and opens its address, signed out.
        int lastPage;
        using (var document = UglyToad.PdfPig.PdfDocument.Open(pdf))
        {
            lastPage = document.NumberOfPages;
        }

        var url = QrDecoder.Decode(Pdftoppm.Rasterize(pdf, page: lastPage, dpi: 150));
        Assert.StartsWith(browser.Server.BaseUrl + "/xac-minh/", url, StringComparison.Ordinal);
        foreach (var (name, size) in new[] { ("390", BrowserFixture.Phone), ("1366", Laptop) })
        {
            var citizen = await browser.NewPageAsync(size);
            await citizen.GotoAsync(url!);
            await Assertions.Expect(citizen.GetByTestId("verification-found")).ToBeVisibleAsync();
            await Assertions.Expect(citizen.Locator("[data-fact=number]")).ToContainTextAsync("/BC-VHXH");
            await Assertions.Expect(citizen.Locator("#mainNav")).ToHaveCountAsync(0);
            await citizen.ScreenshotAsync($"verification-document-{name}");
            await citizen.AssertAccessibleAsync();

            await citizen.GetByLabel("Tệp PDF").SetInputFilesAsync(pdfPath);
            await citizen.GetByRole(AriaRole.Button, new() { Name = "So sánh với bản gốc" }).ClickAsync();
            await Assertions.Expect(citizen.GetByTestId("verification-result")).ToContainTextAsync("Tệp tải lên khớp với bản gốc");
            await citizen.ScreenshotAsync($"verification-match-{name}");

            // The general page: upload a file without a code.
            await citizen.GotoAsync("/xac-minh");
            await citizen.GetByLabel("Tệp PDF").SetInputFilesAsync(pdfPath);
            await citizen.GetByRole(AriaRole.Button, new() { Name = "Xác minh tệp" }).ClickAsync();
            await Assertions.Expect(citizen.GetByTestId("verification-result")).ToContainTextAsync("Đây là bản gốc đã ban hành");
            await citizen.ScreenshotAsync($"verification-upload-{name}");
            await citizen.AssertAccessibleAsync();
            await citizen.Context.CloseAsync();
        }

        File.Delete(pdfPath);
    }

    [BrowserFact]
    public async Task Administrator_sees_the_ward_profile_with_the_pdf_font_and_signing_status()
    {
        foreach (var (name, size) in new[] { ("1366", Laptop), ("390", BrowserFixture.Phone) })
        {
            var admin = await browser.NewPageAsync(size);
            await admin.SignInAsync("quantri");
            await admin.GotoAsync("/quan-tri/dia-phuong");
            await Assertions.Expect(admin.GetByRole(AriaRole.Heading, new() { Name = "Thông tin địa phương" })).ToBeVisibleAsync();
            await Assertions.Expect(admin.GetByTestId("pdf-font")).ToContainTextAsync("Phông chữ");
            await Assertions.Expect(admin.GetByLabel("Tên UBND")).ToHaveValueAsync("UBND phường Nguyễn Trãi");
            await admin.ScreenshotAsync($"ward-profile-{name}");
            await admin.AssertAccessibleAsync();
            await admin.Context.CloseAsync();
        }
    }
}
