using System.Text.RegularExpressions;

namespace NguyenTrai.DigitalLiteracy.BrowserTests.Crawl;

/// <summary>
/// Common English words and phrases that must not reach a user: framework defaults ("The X field is required.",
/// "The value 'x' is invalid."), untranslated buttons and messages. Product and site names (VNeID, Zalo,
/// binhdanhocvuso.gov.vn, PDF, Excel, SHA-256) are not words on the list, so they pass.
/// </summary>
public static partial class EnglishText
{
    public static IReadOnlyList<string> Find(string text) =>
        [.. Deny().Matches(text).Select(m => m.Value).Distinct(StringComparer.Ordinal)];

    [GeneratedRegex(@"\b(The|This|field|fields|is required|are required|must be|must not|is invalid|Invalid|invalid|Please|please|Error|error occurred|Submit|Cancel|Search|Next|Previous|Loading|Sign in|Log in|Logout|Log out|Welcome|Click|Select|Choose|Save|Delete|Edit|Back|Home|Dashboard|Settings|Upload|Download|Unknown|Not found|Forbidden|Access denied|characters|between|value|Page|of|and|or|the|with|for|is|are|not)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Deny();
}
