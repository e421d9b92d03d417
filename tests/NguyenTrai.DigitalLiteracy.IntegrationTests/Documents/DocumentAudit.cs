using System.Text.RegularExpressions;
using NguyenTrai.DigitalLiteracy.Pdf;
using NguyenTrai.DigitalLiteracy.Pdf.Tests;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Tokens;

namespace NguyenTrai.DigitalLiteracy.IntegrationTests.Documents;

/// <summary>What a Decree 30 document of the portal must show, whoever composed it.</summary>
internal sealed record Expected(string ParentBody, string IssuingBody, string Symbol, string DateLine, IReadOnlyList<string> AuthorityLines, string Signer, bool Draft)
{
    /// <summary>Text that must appear somewhere (e.g. the trích yếu's first words).</summary>
    public IReadOnlyList<string> Contains { get; init; } = [];

    /// <summary>Headings that must never be the last line of a page (keep-with-next).</summary>
    public IReadOnlyList<string> Headings { get; init; } = [];
}

/// <summary>
/// Reads a rendered document back and checks it against Decree 30/2020 appendix I: header (national title, motto and
/// date on one line each, the issuing body, "Số: …/symbol"), "BÁO CÁO" and the trích yếu with its short rule, the
/// body font (the one chosen at start-up, embedded), margins, page numbers from page 2, "Nơi nhận" and the signature
/// (authority lines, room for the signature, the name) kept together, draft marks, unbroken table cells, /Lang.
/// </summary>
internal static partial class DocumentAudit
{
    public static IReadOnlyList<PageText> Check(byte[] pdf, Expected expected)
    {
        var pages = PdfText.Pages(pdf);
        var first = pages[0];
        var lines = LineTexts(first);
        string Line(string text) => lines.FirstOrDefault(l => l.Contains(text, StringComparison.Ordinal))
            ?? throw new Xunit.Sdk.XunitException($"\"{text}\" is not on one line of page 1; lines: {string.Join(" | ", lines)}");

        Line(TwoColumnHeader.NationalTitle);
        Line(TwoColumnHeader.Motto);
        Line(expected.DateLine);
        var number = lines.FirstOrDefault(l => NumberLine().IsMatch(l) && l.Contains("/" + expected.Symbol, StringComparison.Ordinal));
        Assert.True(number is not null, $"no \"Số: …/{expected.Symbol}\" line on page 1; lines: {string.Join(" | ", lines)}");
        Assert.DoesNotContain(lines, l => l.Contains("Trạng thái", StringComparison.Ordinal));
        // The left column (everything left of the national title, above "BÁO CÁO"): parent body, then the issuing body,
        // however many lines it wraps onto.
        var titleWord = first.Words.First(w => w.Text == "CỘNG");
        var reportTitle = first.Words.First(w => w.Text == "BÁO");
        var left = string.Join(' ', LineTexts(first, first.Words.Where(w => w.BoundingBox.Right < titleWord.BoundingBox.Left && w.BoundingBox.Bottom > reportTitle.BoundingBox.Top)));
        Assert.StartsWith($"{expected.ParentBody.ToUpperInvariant()} {expected.IssuingBody.ToUpperInvariant()}", left, StringComparison.Ordinal);
        Assert.Contains(lines, l => l.Trim() == "BÁO CÁO");
        TríchYếuHasItsRule(first);

        // Body font: the family chosen at start-up, embedded in every face used.
        var family = PdfFonts.Current.FamilyName;
        Assert.All(PdfText.FontNames(pdf), name => Assert.True(name.Contains(family, StringComparison.Ordinal) || name.Contains(family.Replace(" ", "", StringComparison.Ordinal), StringComparison.Ordinal), $"{name} is not {family}"));
        Assert.Equal("vi-VN", CatalogLanguage(pdf));

        foreach (var page in pages)
        {
            var words = page.Words.Where(Upright).ToList();
            var portrait = page.Height > page.Width;
            Assert.All(words, w => Assert.True(w.BoundingBox.Left >= Units.Mm(portrait ? 30 : 20) - 1 && w.BoundingBox.Right <= page.Width - Units.Mm(15) + 1
                && w.BoundingBox.Bottom >= Units.Mm(20) - 1, $"page {page.Number}: \"{w.Text}\" lies in the margin"));
            var top = words.Where(w => w.BoundingBox.Bottom > page.Height - Units.Mm(20)).ToList();
            if (page.Number == 1)
            {
                Assert.Empty(top);
            }
            else
            {
                var pageNumber = Assert.Single(top);
                Assert.Equal(page.Number.ToString(System.Globalization.CultureInfo.InvariantCulture), pageNumber.Text);
                Assert.InRange(pageNumber.BoundingBox.Centroid.X, page.Width / 2 - Units.Mm(20), page.Width / 2 + Units.Mm(20));
            }

            Assert.Equal(expected.Draft, page.Text.Contains("DỰ THẢO", StringComparison.Ordinal) || page.WordsJoined.Contains("DỰ THẢO", StringComparison.Ordinal));
            // Table cells never break a token: no date cut after its year's first digits, no "ST" / "T" from "STT".
            Assert.DoesNotContain(words, w => BrokenDate().IsMatch(w.Text) || w.Text is "ST" or "T");
            var pageLines = LineTexts(page, words);
            if (page.Number < pages.Count && pageLines.Count > 0)
            {
                Assert.DoesNotContain(expected.Headings, h => pageLines[^1].Trim() == h);
            }
        }

        Closing(pages, expected);
        var all = string.Join('\n', pages.Select(p => p.WordsJoined));
        Assert.All(expected.Contains, text => Assert.Contains(text, all, StringComparison.Ordinal));
        return pages;
    }

    /// <summary>"Nơi nhận" and the signature on one page; the name below the authority lines with room to sign between.</summary>
    private static void Closing(IReadOnlyList<PageText> pages, Expected expected)
    {
        var page = pages.LastOrDefault(p => p.Words.Any(w => w.Text == "Nơi"))
            ?? throw new Xunit.Sdk.XunitException("no \"Nơi nhận:\" in the document");
        var lines = page.Lines(Upright);
        double Y(string text) => PdfText.Baseline(lines.First(l => string.Join(' ', l.Select(w => w.Text)).Contains(text, StringComparison.Ordinal))[0]);
        Assert.Contains("Nơi nhận:", page.WordsJoined, StringComparison.Ordinal);
        var authority = expected.AuthorityLines.Select(Y).ToList();
        Assert.Equal(authority.OrderByDescending(y => y), authority);
        if (expected.Signer.Length > 0)
        {
            var name = Y(expected.Signer);
            Assert.True(authority[^1] - name > Units.Mm(20), $"the signer's name sits {authority[^1] - name:0} pt under the position: no room for the signature");
        }
    }

    /// <summary>The trích yếu (bold 14 pt, under "BÁO CÁO") has a short rule under it, 1/3 to 1/2 of its longest line.</summary>
    private static void TríchYếuHasItsRule(PageText page)
    {
        var title = page.Words.First(w => w.Text == "BÁO" && page.Words.Any(n => n.Text == "CÁO" && Math.Abs(PdfText.Baseline(n) - PdfText.Baseline(w)) < 1));
        var below = page.Lines().Where(l => PdfText.Baseline(l[0]) < PdfText.Baseline(title) - 1)
            .TakeWhile(l => l.All(w => w.Letters[0].PointSize >= 13.5 && (w.Letters[0].FontName ?? "").Contains("Bold", StringComparison.Ordinal)))
            .ToList();
        Assert.True(below.Count > 0, "no bold 14 pt trích yếu under BÁO CÁO");
        var longest = below.Max(l => l[^1].BoundingBox.Right - l[0].BoundingBox.Left);
        var lastBottom = below[^1].Min(w => w.BoundingBox.Bottom);
        var rule = page.HorizontalRules.Where(r => r.Top < lastBottom && r.Top > lastBottom - 14).ToList();
        Assert.True(rule.Count > 0, "no rule under the trích yếu");
        Assert.InRange(rule[0].Width, longest / 3 - 2, longest / 2 + 2);
    }

    /// <summary>Everything but the diagonal draft mark.</summary>
    private static bool Upright(Word w) => w.TextOrientation == TextOrientation.Horizontal;

    private static IReadOnlyList<string> LineTexts(PageText page, IEnumerable<Word>? words = null) =>
        [.. (words ?? page.Words).Where(Upright).GroupBy(PdfText.Baseline).OrderByDescending(g => g.Key)
            .Select(g => string.Join(' ', g.OrderBy(w => w.BoundingBox.Left).Select(w => w.Text)))];

    private static string? CatalogLanguage(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return document.Structure.Catalog.CatalogDictionary.TryGet(NameToken.Lang, out var token) && token is StringToken text ? text.Data : null;
    }

    [GeneratedRegex(@"Số:\s*(\d+|[\u00A0 ]*)\s*/")]
    private static partial Regex NumberLine();

    [GeneratedRegex(@"^\d{1,2}/\d{1,2}/\d{1,3}$|^\d{1,2}/\d{0,2}$")]
    private static partial Regex BrokenDate();
}
