using AngleSharp.Dom;

namespace NguyenTrai.DigitalLiteracy.TestSupport;

/// <summary>Small readers for what a user sees on a page.</summary>
public static class HtmlAssertions
{
    public static string TextOf(this IDocument page, string selector) =>
        page.QuerySelector(selector)?.TextContent.Trim() ?? throw new InvalidOperationException($"Nothing matches {selector}");

    public static IReadOnlyList<string> TextsOf(this IDocument page, string selector) =>
        [.. page.QuerySelectorAll(selector).Select(e => e.TextContent.Trim())];

    /// <summary>Field-level and summary validation messages shown on the page.</summary>
    public static IReadOnlyList<string> ValidationMessages(this IDocument page) =>
        [.. page.QuerySelectorAll(".field-validation-error, .validation-summary-errors li").Select(e => e.TextContent.Trim()).Where(t => t.Length > 0)];
}
