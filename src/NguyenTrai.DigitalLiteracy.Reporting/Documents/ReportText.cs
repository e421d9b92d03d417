using System.Globalization;
using System.Text.RegularExpressions;
using NguyenTrai.DigitalLiteracy.Pdf;

namespace NguyenTrai.DigitalLiteracy.Reporting.Documents;

/// <summary>Turns the office's section text (paragraphs separated by blank lines) into Decree 30 paragraphs.</summary>
public static partial class ReportText
{
    public static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    public static string N(long value) => value.ToString("N0", Vietnamese);

    public static string D(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    public static IEnumerable<string> Paragraphs(string? text) =>
        BlankLine().Split((text ?? "").Replace("\r\n", "\n", StringComparison.Ordinal))
            .Select(p => p.Trim())
            .Where(p => p.Length > 0);

    /// <summary>A short line such as "1. Công tác tuyên truyền" is a sub-heading; everything else body text.</summary>
    public static IEnumerable<Paragraph> ToBlocks(string? text) =>
        Paragraphs(text).Select(p => SubHeading().IsMatch(p) && p.Length <= 120 && !p.Contains('\n', StringComparison.Ordinal)
            ? Paragraph.Heading2(p)
            : Paragraph.Body(p));

    [GeneratedRegex(@"\n[ \t]*\n")]
    private static partial Regex BlankLine();

    [GeneratedRegex(@"^(\d+|[a-zđ])[\.\)]\s")]
    private static partial Regex SubHeading();
}
