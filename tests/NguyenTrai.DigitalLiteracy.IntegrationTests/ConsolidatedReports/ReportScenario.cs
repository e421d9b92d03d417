using System.Net;
using Microsoft.EntityFrameworkCore;
using NguyenTrai.DigitalLiteracy.Domain.Periods;
using NguyenTrai.DigitalLiteracy.TestSupport;
using UglyToad.PdfPig;

namespace NguyenTrai.DigitalLiteracy.IntegrationTests.ConsolidatedReports;

/// <summary>What the report tests do through HTTP: draft a report for a period, issue it, read PDFs back.</summary>
internal static class ReportScenario
{
    /// <summary>Report test classes start their portals one after another: two hosts starting at once trip over the process-wide logger.</summary>
    public const string Collection = "Consolidated reports";

    public static Task<ReportingPeriod> AnnualPeriodAsync(PortalFactory factory, int year = 2026) =>
        factory.WithDbAsync(db => db.ReportingPeriods.AsNoTracking().SingleAsync(p => p.Kind == PeriodKind.Annual && p.Year == year));

    /// <summary>Creates a draft through the form and returns its id (from the redirect).</summary>
    public static async Task<int> CreateDraftAsync(PortalClient office, int periodId, string audience = "1")
    {
        var response = await office.SubmitFormAsync("/bao-cao-tong-hop/tao-moi", new Dictionary<string, string?>
        {
            ["Audience"] = audience,
            ["PeriodId"] = periodId.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return int.Parse(response.Headers.Location!.OriginalString.Split('/').Last(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Presses "Lưu và ban hành" with the text as the page shows it, confirming what the page asks to confirm.</summary>
    public static async Task IssueAsync(PortalClient office, int reportId, bool withSessions = false)
    {
        var response = await office.SubmitFormAsync($"/bao-cao-tong-hop/{reportId}", new Dictionary<string, string?>
        {
            ["intent"] = "issue",
            ["Form.ConfirmIncomplete"] = "true",
            ["Form.ConfirmChanges"] = "true",
            ["Form.IncludeSessions"] = withSessions ? "true" : "false",
        }, "form[data-testid=report-form]");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await office.GetPageAsync(response.Headers.Location!.OriginalString);
        Assert.Contains("Đã ban hành báo cáo số", page.QuerySelector(".alert-success")?.TextContent ?? "(no success message)", StringComparison.Ordinal);
    }

    /// <summary>Presses "Lưu và trình lãnh đạo" on a city report, confirming what the page asks to confirm.</summary>
    public static async Task SendToLeadershipAsync(PortalClient office, int reportId)
    {
        var response = await office.SubmitFormAsync($"/bao-cao-tong-hop/{reportId}", new Dictionary<string, string?>
        {
            ["intent"] = "send",
            ["Form.ConfirmIncomplete"] = "true",
            ["Form.ConfirmChanges"] = "true",
        }, "form[data-testid=report-form]");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await office.GetPageAsync(response.Headers.Location!.OriginalString);
        Assert.Contains("Đã trình lãnh đạo duyệt", page.QuerySelector(".alert-success")?.TextContent ?? page.QuerySelector(".alert-danger")?.TextContent ?? "(no message)", StringComparison.Ordinal);
    }

    /// <summary>Leadership presses "Duyệt báo cáo" on the page it was sent.</summary>
    public static async Task ApproveAsync(PortalClient leader, int reportId)
    {
        var response = await leader.SubmitFormAsync($"/bao-cao-tong-hop/{reportId}", new Dictionary<string, string?>(), "form[action$='/duyet']");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await leader.GetPageAsync(response.Headers.Location!.OriginalString);
        Assert.Contains("Đã duyệt báo cáo", page.QuerySelector(".alert-success")?.TextContent ?? page.QuerySelector(".alert-danger")?.TextContent ?? "(no message)", StringComparison.Ordinal);
    }

    /// <summary>The office issues a city report leadership approved, with the number the page suggests (or the one given).</summary>
    public static async Task<string> IssueApprovedAsync(PortalClient office, int reportId, string? number = null)
    {
        var values = new Dictionary<string, string?>();
        if (number is not null)
        {
            values["registerNumber"] = number;
        }

        var response = await office.SubmitFormAsync($"/bao-cao-tong-hop/{reportId}", values, "form[data-testid=approved-issue-form]");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await office.GetPageAsync(response.Headers.Location!.OriginalString);
        return page.QuerySelector(".alert-success")?.TextContent.Trim() ?? page.QuerySelector(".alert-danger")?.TextContent.Trim() ?? "(no message)";
    }

    /// <summary>A city report through its whole life: drafted, sent, approved by leadership, issued by the office.</summary>
    public static async Task<int> IssueCityReportAsync(PortalFactory factory, PortalClient office, int periodId)
    {
        var id = await CreateDraftAsync(office, periodId, audience: "2");
        await SendToLeadershipAsync(office, id);
        using (var leader = await factory.SignInAsync("lanhdao"))
        {
            await ApproveAsync(leader, id);
        }

        Assert.StartsWith("Đã ban hành báo cáo số", await IssueApprovedAsync(office, id), StringComparison.Ordinal);
        return id;
    }

    public static async Task<byte[]> GetPdfAsync(PortalClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        var pdf = await response.Content.ReadAsByteArrayAsync();
        if (Environment.GetEnvironmentVariable("REPORT_PDF_DIR") is { Length: > 0 } folder)
        {
            // For people to look at the pages (pdftoppm -png -r 60), as the team does with screenshots.
            Directory.CreateDirectory(folder);
            await File.WriteAllBytesAsync(Path.Combine(folder, string.Concat(url.Split(Path.GetInvalidFileNameChars().Append('?').ToArray())) + ".pdf"), pdf);
        }

        return pdf;
    }

    /// <summary>
    /// Each page's words joined by single spaces (table cells come out left to right, row by row); the diagonal
    /// "DỰ THẢO" of a draft is left out, as a reader's eye skips it.
    /// </summary>
    public static IReadOnlyList<string> PageWords(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return [.. document.GetPages().Select(p => string.Join(' ', p.GetWords().Where(w => w.TextOrientation == UglyToad.PdfPig.Content.TextOrientation.Horizontal).Select(w => w.Text)))];
    }

    public static void AssertDenied(HttpResponseMessage response) =>
        Assert.True(response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound
            || (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.OriginalString.Contains("/loi/403", StringComparison.Ordinal)),
            $"expected 403/404, got {(int)response.StatusCode} {response.Headers.Location}");
}
