using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using NguyenTrai.DigitalLiteracy.IntegrationTests.Evidence;
using NguyenTrai.DigitalLiteracy.TestSupport;

namespace NguyenTrai.DigitalLiteracy.IntegrationTests.Operations;

/// <summary>What an operator relies on: request lines in the log file, nothing private cached, ids only from the URL.</summary>
public sealed class OperationsTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Request_lines_reach_the_log_file_with_user_and_unit_and_without_secrets()
    {
        const string secretQuery = "ma-bi-mat-trong-query-8f3a";
        using var staff = await factory.SignInAsync("hpn.canbo");
        var unitId = await factory.WithDbAsync(db => db.Units.Where(u => u.Code == "HPN").Select(u => u.Id).SingleAsync());
        Assert.Equal(HttpStatusCode.OK, (await staff.GetAsync($"/hoat-dong/lop-hoc?q=x&token={secretQuery}")).StatusCode);

        var log = await ReadLogAsync(l => l.Contains("HTTP GET /hoat-dong/lop-hoc → 200", StringComparison.Ordinal));

        var line = log.Split('\n').Last(l => l.Contains("HTTP GET /hoat-dong/lop-hoc → 200", StringComparison.Ordinal));
        Assert.Matches(@"in \d+ ms \(user hpn\.canbo, unit " + unitId.ToString(CultureInfo.InvariantCulture) + ", client ", line);
        Assert.Contains("HTTP POST /tai-khoan/dang-nhap → 302", log, StringComparison.Ordinal);
        Assert.DoesNotContain(secretQuery, log, StringComparison.Ordinal);
        Assert.DoesNotContain(PortalFactory.DemoPassword, log, StringComparison.Ordinal);
        Assert.DoesNotContain("__RequestVerificationToken", log, StringComparison.Ordinal);
    }

    /// <summary>The file sink writes as it goes; give it a moment on a busy machine.</summary>
    private async Task<string> ReadLogAsync(Func<string, bool> until)
    {
        var text = "";
        for (var attempt = 0; attempt < 50 && !until(text); attempt++)
        {
            await Task.Delay(100);
            text = string.Concat(Directory.Exists(factory.LogFolder) ? Directory.GetFiles(factory.LogFolder, "portal-*.log").Select(ReadShared) : []);
        }

        return text;
    }

    private static string ReadShared(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/hoat-dong/lop-hoc")]
    [InlineData("/hoat-dong/lop-hoc/xuat-excel")]
    public async Task Signed_in_pages_and_downloads_are_never_stored(string url)
    {
        using var staff = await factory.SignInAsync("hpn.canbo");

        var response = await staff.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.NoStore, $"{url}: Cache-Control was '{response.Headers.CacheControl}'");
    }

    [Fact]
    public async Task Report_pdf_and_evidence_files_are_never_stored()
    {
        using var staff = await factory.SignInAsync("hpn.canbo");
        var entryId = await EvidenceArrange.TrainingEntryAsync(factory, "HPN");
        Assert.Equal(HttpStatusCode.Redirect, (await EvidenceArrange.UploadAsync(staff, entryId, SampleFiles.Pdf, "danh-sach.pdf", "application/pdf")).StatusCode);
        var attachmentId = (await EvidenceArrange.AttachmentsOfAsync(factory, entryId)).Single().Id;
        var reportId = await factory.WithDbAsync(db => db.UnitReports.Where(r => r.Unit!.Code == "HPN").Select(r => r.Id).FirstAsync());

        foreach (var url in new[] { $"/minh-chung/{attachmentId}", $"/bao-cao-pdf/don-vi/{reportId}" })
        {
            var response = await staff.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.True(response.Headers.CacheControl?.NoStore, $"{url}: Cache-Control was '{response.Headers.CacheControl}'");
        }
    }

    [Fact]
    public async Task Static_assets_keep_their_own_caching()
    {
        using var staff = await factory.SignInAsync("hpn.canbo");
        var page = await staff.GetPageAsync("/");
        var css = page.QuerySelector("link[rel=stylesheet][href*='site']")!.GetAttribute("href")!;

        var response = await staff.GetAsync(css);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEqual(true, response.Headers.CacheControl?.NoStore);
    }

    [Fact]
    public async Task A_posted_id_field_never_replaces_the_id_in_the_url()
    {
        using var admin = await factory.SignInAsync("quantri");
        var (target, bystander) = await factory.WithDbAsync(async db =>
        {
            var ids = await db.Units.Where(u => u.Code == "THON02" || u.Code == "THON03").OrderBy(u => u.Code).Select(u => u.Id).ToListAsync();
            return (ids[0], ids[1]);
        });

        var response = await admin.SubmitFormAsync($"/quan-tri/don-vi/{target}/sua",
            new Dictionary<string, string?> { ["activeTo"] = "30/11/2026", ["id"] = bystander.ToString(CultureInfo.InvariantCulture) },
            $"form[action='/quan-tri/don-vi/{target}/ngung-hoat-dong']");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var closed = await factory.WithDbAsync(db => db.Units.Where(u => u.Id == target || u.Id == bystander).ToDictionaryAsync(u => u.Id, u => u.ActiveTo));
        Assert.NotNull(closed[target]);
        Assert.Null(closed[bystander]);
    }
}
