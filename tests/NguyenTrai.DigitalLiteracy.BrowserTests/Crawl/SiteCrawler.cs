using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace NguyenTrai.DigitalLiteracy.BrowserTests.Crawl;

/// <summary>One page a crawl found: its address and the HTML the server sent (for the Nu Html Checker).</summary>
public sealed record CrawledPage(string Url, string Html);

/// <summary>
/// Finds every page a signed-in user can reach by following links, breadth first from the home page. Pages are
/// grouped by their path with numbers replaced (/duyet-bao-cao/12 and /duyet-bao-cao/13 are one page): the first
/// link of each shape is visited, so a crawl covers every screen once however much data the ward has.
/// </summary>
public static partial class SiteCrawler
{
    private const int MaxPages = 80;

    /// <summary>
    /// Visits every page shape reachable from <paramref name="start"/> once; <paramref name="check"/> runs on each while
    /// the page is open. A link that answers with an error (4xx, 5xx) is added to <paramref name="broken"/>: a user
    /// following it would land on an error, and a crawl that skipped it would hide a broken page.
    /// </summary>
    public static async Task<IReadOnlyList<CrawledPage>> CrawlAsync(
        IPage page, string origin, IReadOnlyList<string> start, Func<IPage, string, Task> check, ICollection<string> broken)
    {
        var queue = new Queue<string>(start);
        var seen = new HashSet<string>(start.Select(Shape), StringComparer.Ordinal);
        var pages = new List<CrawledPage>();
        while (queue.Count > 0 && pages.Count < MaxPages)
        {
            var url = queue.Dequeue();
            // Probe first with the page's own cookies: downloads (PDF, Excel, images) are not pages.
            var response = await page.APIRequest.GetAsync(url, new() { MaxRedirects = 0 });
            var type = response.Headers.GetValueOrDefault("content-type") ?? "";
            if (response.Status >= 400)
            {
                broken.Add($"{url}: HTTP {response.Status}");
                continue;
            }

            if (response.Status != 200 || !type.StartsWith("text/html", StringComparison.Ordinal))
            {
                continue;
            }

            pages.Add(new CrawledPage(url, await response.TextAsync()));
            await page.GotoAsync(url);
            await check(page, url);
            var hrefs = await page.EvaluateAsync<string[]>("() => Array.from(document.querySelectorAll('a[href]')).map(a => a.href)");
            foreach (var href in hrefs)
            {
                if (Local(href, origin) is { } local && seen.Add(Shape(local)))
                {
                    queue.Enqueue(local);
                }
            }
        }

        return pages;
    }

    /// <summary>Path and query of a same-site link worth visiting, or null (other sites, fragments, sign-out, files).</summary>
    private static string? Local(string href, string origin)
    {
        if (!href.StartsWith(origin + "/", StringComparison.Ordinal))
        {
            return null;
        }

        var local = href[origin.Length..].Split('#')[0];
        return local.Length == 0 || Skipped().IsMatch(local) ? null : local;
    }

    /// <summary>/hoat-dong/lop-hoc/42/sua?x=1 → /hoat-dong/lop-hoc/#/sua (ids are numbers, or GUIDs for accounts).</summary>
    public static string Shape(string local) => Ids().Replace(local.Split('?')[0], "/#");

    [GeneratedRegex(@"/(\d+|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?=/|$)")]
    private static partial Regex Ids();

    [GeneratedRegex(@"dang-xuat|/tai-ve|xuat-excel|\.(pdf|xlsx|png|jpg|svg|ico)(\?|$)", RegexOptions.IgnoreCase)]
    private static partial Regex Skipped();
}
