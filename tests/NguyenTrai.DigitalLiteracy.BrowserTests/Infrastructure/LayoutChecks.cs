using Microsoft.Playwright;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Png;
using SixLabors.ImageSharp.Processing;
using SixLabors.ImageSharp.Processing.Processors.Quantization;

namespace NguyenTrai.DigitalLiteracy.BrowserTests.Infrastructure;

/// <summary>What every page of a journey must satisfy beyond axe, and the user guide's pictures.</summary>
public static class LayoutChecks
{
    /// <summary>No page is wider than the screen: the document never scrolls sideways.</summary>
    public static async Task AssertNoSidewaysScrollAsync(this IPage page)
    {
        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
        var (scroll, inner) = (widths[0], widths[1]);
        Assert.True(scroll <= inner, $"{page.Url} is {scroll} px wide in a {inner} px window: it scrolls sideways.");
    }

    /// <summary>Both checks of a visited page: no sideways scrolling, no serious or critical axe issue.</summary>
    public static async Task AssertFitsAndAccessibleAsync(this IPage page)
    {
        await page.AssertNoSidewaysScrollAsync();
        await page.AssertAccessibleAsync();
    }

    /// <summary>
    /// A picture for docs/user-guide-vi.md: written to docs/images only when DOCS_SCREENSHOTS=1 (a person looks at it
    /// before committing), else beside the other screenshots. Reduced to a 256-colour PNG to stay small in the repository.
    /// </summary>
    public static async Task<string> GuideScreenshotAsync(this IPage page, string name, bool fullPage = false)
    {
        var folder = Environment.GetEnvironmentVariable("DOCS_SCREENSHOTS") == "1"
            ? Path.Combine(PageActions.RepositoryRoot(), "docs", "images")
            : Path.Combine(PageActions.RepositoryRoot(), "artifacts", "screenshots", "guide");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, name + ".png");
        var png = await page.ScreenshotAsync(new PageScreenshotOptions { FullPage = fullPage, Animations = ScreenshotAnimations.Disabled });
        using var image = Image.Load(png);
        image.Mutate(x => x.Quantize(new WuQuantizer(new QuantizerOptions { MaxColors = 256, Dither = null })));
        await image.SaveAsPngAsync(path, new PngEncoder { ColorType = PngColorType.Palette, CompressionLevel = PngCompressionLevel.BestCompression, BitDepth = PngBitDepth.Bit8 });
        return path;
    }
}
