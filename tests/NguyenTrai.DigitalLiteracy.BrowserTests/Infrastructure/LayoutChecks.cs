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
    /// A picture for docs/user-guide-vi.md. With DOCS_SCREENSHOTS=1 the pictures the guide already has (docs/images) are
    /// refreshed (a person looks at them before committing); every other picture goes beside the other screenshots, so
    /// adding one to the guide is a deliberate copy. Reduced to a 256-colour PNG to stay small in the repository.
    /// </summary>
    public static async Task<string> GuideScreenshotAsync(this IPage page, string name, bool fullPage = false)
    {
        var guide = Path.Combine(PageActions.RepositoryRoot(), "docs", "images", name + ".png");
        var path = Environment.GetEnvironmentVariable("DOCS_SCREENSHOTS") == "1" && File.Exists(guide)
            ? guide
            : Path.Combine(PageActions.RepositoryRoot(), "artifacts", "screenshots", "guide", name + ".png");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var png = await page.ScreenshotAsync(new PageScreenshotOptions { FullPage = fullPage, Animations = ScreenshotAnimations.Disabled });
        using var image = Image.Load(png);
        image.Mutate(x => x.Quantize(new WuQuantizer(new QuantizerOptions { MaxColors = 256, Dither = null })));
        await image.SaveAsPngAsync(path, new PngEncoder { ColorType = PngColorType.Palette, CompressionLevel = PngCompressionLevel.BestCompression, BitDepth = PngBitDepth.Bit8 });
        return path;
    }
}
