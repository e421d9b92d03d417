using System.Net;
using NguyenTrai.DigitalLiteracy.TestSupport;

namespace NguyenTrai.DigitalLiteracy.IntegrationTests.Evidence;

/// <summary>With a 4 KB limit: a slightly larger file gets a message on the entry; a huge request gets the Vietnamese 413 page.</summary>
public sealed class EvidenceSizeLimitTests(EvidenceSizeLimitTests.SmallLimitFactory factory) : IClassFixture<EvidenceSizeLimitTests.SmallLimitFactory>
{
    [Fact]
    public async Task A_file_over_the_limit_is_refused_with_a_vietnamese_message()
    {
        var entryId = await EvidenceArrange.TrainingEntryAsync(factory, "HPN");
        using var staff = await factory.SignInAsync("hpn.canbo");

        var response = await EvidenceArrange.UploadAsync(staff, entryId, SampleFiles.PngOfSize(10_000), "lon.png", "image/png");

        var message = await EvidenceArrange.FlashAfterRedirectAsync(staff, response, $"/hoat-dong/lop-hoc/{entryId}");
        Assert.Equal("Tệp \"lon.png\" có dung lượng 10 KB, vượt quá mức cho phép 4 KB.", message);
        Assert.Empty(await EvidenceArrange.AttachmentsOfAsync(factory, entryId));
    }

    [Fact]
    public async Task A_request_far_over_the_limit_gets_the_vietnamese_413_page_not_a_500()
    {
        var entryId = await EvidenceArrange.TrainingEntryAsync(factory, "HPN");
        using var staff = await factory.SignInAsync("hpn.canbo");

        var response = await EvidenceArrange.UploadAsync(staff, entryId, SampleFiles.PngOfSize(3 * 1024 * 1024), "rat-lon.png", "image/png");

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        Assert.Equal("Tệp quá lớn", page.TextOf("h1"));
        Assert.Empty(await EvidenceArrange.AttachmentsOfAsync(factory, entryId));
    }

    public sealed class SmallLimitFactory : PortalFactory
    {
        protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?> { ["Evidence:MaxFileBytes"] = "4096" };
    }
}
