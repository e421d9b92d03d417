using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using NguyenTrai.DigitalLiteracy.IntegrationTests.ConsolidatedReports;
using NguyenTrai.DigitalLiteracy.Pdf.Tests;
using NguyenTrai.DigitalLiteracy.Reporting.Documents;
using NguyenTrai.DigitalLiteracy.TestSupport;
using static NguyenTrai.DigitalLiteracy.IntegrationTests.ConsolidatedReports.ReportScenario;

namespace NguyenTrai.DigitalLiteracy.IntegrationTests.Documents;

/// <summary>The portal as the public reaches it: behind its public address (set in configuration).</summary>
public sealed class PublicPortalFactory : PortalFactory
{
    public const string PublicBaseUrl = "https://congbdhvs.example.vn";

    protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?> { ["Portal:PublicBaseUrl"] = PublicBaseUrl };
}

/// <summary>A portal with a small verification limit, so the test reaches it quickly.</summary>
internal sealed class RateLimitedPortalFactory : PortalFactory
{
    public const int PerMinute = 8;

    protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
    {
        ["RateLimiting:VerificationPerClientPerMinute"] = PerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}

/// <summary>
/// Anyone holding a printed or forwarded copy checks it without signing in: the QR code on the last page opens that
/// document's page (number, date, issuer, title, version, hash), and an uploaded file is compared with the original.
/// </summary>
[Collection(ReportScenario.Collection)]
public sealed class PublicVerificationTests(PublicPortalFactory factory) : IClassFixture<PublicPortalFactory>
{
    [Fact]
    public async Task The_qr_code_opens_the_documents_public_page_without_sign_in_and_an_upload_is_compared()
    {
        using var office = await factory.SignInAsync("vhxh");
        var id = await CreateDraftAsync(office, (await AnnualPeriodAsync(factory)).Id);
        await IssueAsync(office, id);
        var issued = await factory.WithDbAsync(db => db.IssuedReports.AsNoTracking().SingleAsync(i => i.ConsolidatedReportId == id));
        var pdf = await GetPdfAsync(office, $"/bao-cao-da-ban-hanh/{issued.Id}/tai-ve");

        var url = QrDecoder.Decode(Pdftoppm.Rasterize(pdf, page: PdfText.Pages(pdf).Count, dpi: 150));

        Assert.Equal($"{PublicPortalFactory.PublicBaseUrl}/xac-minh/{issued.VerificationCode}", url);
        Assert.Matches("^[0-9A-HJKMNP-TV-Z]{12}$", issued.VerificationCode);
        using var anonymous = factory.CreatePortalClient();
        var path = new Uri(url!).AbsolutePath;
        var response = await anonymous.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        Assert.Equal(issued.Number, page.TextOf("[data-fact=number]"));
        Assert.Equal("25/11/2026", page.TextOf("[data-fact=date]"));
        Assert.Equal("Phòng Văn hóa - Xã hội", page.TextOf("[data-fact=issuer]"));
        Assert.Equal(issued.Subject, page.TextOf("[data-fact=title]"));
        Assert.Equal("1", page.TextOf("[data-fact=version]"));
        Assert.Equal(issued.PdfSha256, page.TextOf("[data-fact=sha256]"));
        // Only what the document itself prints: no download, no draft text, no menu of the portal.
        Assert.Null(page.QuerySelector("a[href*='tai-ve']"));
        Assert.Null(page.QuerySelector("#mainNav"));

        Assert.StartsWith("Tệp tải lên khớp với bản gốc", await CompareAsync(anonymous, path, pdf), StringComparison.Ordinal);
        var changed = (byte[])pdf.Clone();
        changed[pdf.Length / 2] ^= 0x20;
        Assert.StartsWith("Tệp tải lên KHÔNG khớp", await CompareAsync(anonymous, path, changed), StringComparison.Ordinal);

        // The code typed from paper, with dashes and in lower case; and the same page for a signed-in user.
        var typed = await anonymous.GetAsync($"/xac-minh/ma?code={VerificationCode.Display(issued.VerificationCode).ToLowerInvariant()}");
        Assert.Equal(HttpStatusCode.Redirect, typed.StatusCode);
        Assert.Equal(path, typed.Headers.Location!.OriginalString);
        Assert.Equal(issued.Number, (await office.GetPageAsync(path)).TextOf("[data-fact=number]"));
    }

    [Fact]
    public async Task Upload_on_the_general_page_works_anonymously_and_unknown_codes_are_not_found()
    {
        using var office = await factory.SignInAsync("vhxh");
        var id = await CreateDraftAsync(office, (await AnnualPeriodAsync(factory)).Id);
        await IssueAsync(office, id);
        var issued = await factory.WithDbAsync(db => db.IssuedReports.AsNoTracking().SingleAsync(i => i.ConsolidatedReportId == id));
        using var anonymous = factory.CreatePortalClient();

        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/xac-minh")).StatusCode);
        var result = await UploadAsync(anonymous, "/xac-minh", "/xac-minh", issued.Pdf);
        Assert.StartsWith($"Đây là bản gốc đã ban hành: số {issued.Number}", result.TextOf("[data-testid=verification-result]"), StringComparison.Ordinal);
        Assert.Equal(issued.Subject, result.TextOf("[data-fact=title]"));

        var unknown = await anonymous.GetAsync("/xac-minh/ABCD-EFGH-JKMN");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Contains("Không tìm thấy văn bản", (await PortalClient.ParseAsync(unknown)).TextOf("[data-testid=verification-error]"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_client_trying_codes_in_bulk_is_stopped_by_the_rate_limit()
    {
        using var limitedPortal = new RateLimitedPortalFactory();
        using var guesser = limitedPortal.CreatePortalClient();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < RateLimitedPortalFactory.PerMinute + 5; i++)
        {
            statuses.Add((await guesser.GetAsync($"/xac-minh/{VerificationCode.New()}")).StatusCode);
        }

        Assert.Contains(HttpStatusCode.TooManyRequests, statuses);
        Assert.True(statuses.Count(s => s == HttpStatusCode.NotFound) <= RateLimitedPortalFactory.PerMinute);
        var limited = await guesser.GetAsync("/xac-minh");
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Contains("Quá nhiều yêu cầu", await limited.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        // The rest of the portal is not limited.
        Assert.Equal(HttpStatusCode.OK, (await guesser.GetAsync("/tai-khoan/dang-nhap")).StatusCode);
    }

    private static async Task<string> CompareAsync(PortalClient client, string path, byte[] pdf) =>
        (await UploadAsync(client, path, path, pdf)).TextOf("[data-testid=verification-result]");

    private static async Task<IHtmlDocument> UploadAsync(PortalClient client, string pageUrl, string action, byte[] pdf)
    {
        var token = await client.GetAntiforgeryTokenAsync(pageUrl);
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(pdf), "file", "ban-sao.pdf" },
        };
        var response = await client.Http.PostAsync(new Uri(action, UriKind.Relative), form);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await PortalClient.ParseAsync(response);
    }
}
