using NguyenTrai.DigitalLiteracy.BrowserTests.Infrastructure;

namespace NguyenTrai.DigitalLiteracy.BrowserTests.Crawl;

/// <summary>The crawl's checkers can fail: each finds what it is for and passes what it must not flag.</summary>
public sealed class CheckerTests
{
    [Fact]
    public void English_finds_framework_defaults_and_passes_Vietnamese_with_product_names()
    {
        Assert.Equal(["The", "field", "is required"], EnglishText.Find("The Gửi đến field is required."));
        Assert.Contains("Please", EnglishText.Find("Please enter a valid date."));
        Assert.Contains("must be", EnglishText.Find("The field Số người must be a number."));
        Assert.Empty(EnglishText.Find(
            "Hướng dẫn cài VNeID, đăng ký tài khoản trên binhdanhocvuso.gov.vn, nhóm Zalo, fanpage; tải PDF, Excel; mã SHA-256. " +
            "Vui lòng nhập Tiêu đề. Lượt người được hướng dẫn: 1.234. Chữ to, dễ đọc."));
    }

    [Fact]
    public async Task Nu_checker_reports_an_invalid_page_and_passes_a_valid_one()
    {
        var jar = NuHtmlChecker.JarPath();
        if (jar is null || !NuHtmlChecker.JavaAvailable())
        {
            Assert.False(ChromiumLocator.Required, "CI needs the Nu Html Checker: java (default-jre-headless) and vnu.jar (npm ci)");
            return; // a developer machine without Java: the crawl reports the same
        }

        var errors = await NuHtmlChecker.ErrorsAsync(jar,
        [
            new("/hop-le", "<!DOCTYPE html><html lang=\"vi\"><head><title>Trang</title></head><body><p>Xin chào</p></body></html>"),
            new("/loi", "<!DOCTYPE html><html lang=\"vi\"><head><title>Trang</title></head><body><ul><div>Sai</div></ul><p id=\"a\"></p><p id=\"a\"></p></body></html>"),
        ]);

        Assert.NotEmpty(errors);
        Assert.All(errors, e => Assert.StartsWith("/loi ", e, StringComparison.Ordinal));
    }
}
