using System.Globalization;
using AngleSharp.Dom;

namespace NguyenTrai.DigitalLiteracy.IntegrationTests.Dashboard;

/// <summary>Reads vi-VN formatted numbers ("1.234") as the page shows them.</summary>
internal static class PageNumbers
{
    public static int Number(this IDocument page, string selector) =>
        int.Parse(Clean(page.QuerySelector(selector)?.TextContent ?? throw new InvalidOperationException($"Nothing matches {selector}")), NumberStyles.Integer, CultureInfo.InvariantCulture);

    public static int Figure(this IDocument page, string key) =>
        page.Number($"[data-figure='{key}'] .stat-value");

    private static string Clean(string text) => new([.. text.Trim().Split(' ')[0].Where(char.IsDigit)]);
}
