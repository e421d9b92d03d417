namespace NguyenTrai.DigitalLiteracy.BrowserTests.Infrastructure;

/// <summary>Debian's Chromium (playwright install cannot download here): CHROMIUM_PATH, else /usr/bin/chromium.</summary>
public static class ChromiumLocator
{
    public static bool Required =>
        string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase)
        || Environment.GetEnvironmentVariable("REQUIRE_BROWSER_TESTS") == "1";

    public static string? Find()
    {
        var configured = Environment.GetEnvironmentVariable("CHROMIUM_PATH");
        if (!string.IsNullOrEmpty(configured))
        {
            return File.Exists(configured) ? configured : null;
        }

        return File.Exists("/usr/bin/chromium") ? "/usr/bin/chromium" : null;
    }
}
