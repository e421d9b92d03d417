namespace NguyenTrai.DigitalLiteracy.BrowserTests.Infrastructure;

/// <summary>
/// A browser test. Without Chromium it is skipped with an install hint on a developer's machine; in CI
/// (CI=true or REQUIRE_BROWSER_TESTS=1) it runs anyway and fails, so a missing browser never passes silently.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (ChromiumLocator.Find() is null && !ChromiumLocator.Required)
        {
            Skip = "Chromium not found: install it (sudo apt-get install chromium) or set CHROMIUM_PATH.";
        }
    }
}

[AttributeUsage(AttributeTargets.Method)]
public sealed class BrowserTheoryAttribute : TheoryAttribute
{
    public BrowserTheoryAttribute()
    {
        if (ChromiumLocator.Find() is null && !ChromiumLocator.Required)
        {
            Skip = "Chromium not found: install it (sudo apt-get install chromium) or set CHROMIUM_PATH.";
        }
    }
}
