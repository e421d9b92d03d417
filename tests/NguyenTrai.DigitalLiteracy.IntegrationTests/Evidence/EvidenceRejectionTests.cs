using System.Net;
using NguyenTrai.DigitalLiteracy.TestSupport;

namespace NguyenTrai.DigitalLiteracy.IntegrationTests.Evidence;

/// <summary>Disguised files, other units and locked periods: a Vietnamese message and nothing stored.</summary>
public sealed class EvidenceRejectionTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string WrongType = "Chỉ chấp nhận ảnh JPG, PNG hoặc tệp PDF. Nội dung tệp đã chọn không phải là một trong các định dạng này.";

    public static TheoryData<string, string, string> Disguised => new()
    {
        { "exe", "anh-lop-hoc.jpg", "image/jpeg" },
        { "elf", "anh.jpg", "image/jpeg" },
        { "text", "ghi-chu.png", "image/png" },
    };

    [Theory]
    [MemberData(nameof(Disguised))]
    public async Task A_file_whose_content_is_not_jpg_png_or_pdf_is_refused_whatever_its_name(string kind, string fileName, string browserType)
    {
        var bytes = kind switch { "exe" => SampleFiles.WindowsExecutable, "elf" => SampleFiles.LinuxExecutable, _ => SampleFiles.Text };
        var entryId = await EvidenceArrange.TrainingEntryAsync(factory, "HPN");
        using var staff = await factory.SignInAsync("hpn.canbo");

        var response = await EvidenceArrange.UploadAsync(staff, entryId, bytes, fileName, browserType);

        Assert.Equal(WrongType, await EvidenceArrange.FlashAfterRedirectAsync(staff, response, $"/hoat-dong/lop-hoc/{entryId}"));
        Assert.Empty(await EvidenceArrange.AttachmentsOfAsync(factory, entryId));
    }

    [Fact]
    public async Task Staff_cannot_upload_to_another_units_entry()
    {
        var entryId = await EvidenceArrange.TrainingEntryAsync(factory, "HPN");
        using var otherUnit = await factory.SignInAsync("dtn.canbo");

        var response = await EvidenceArrange.UploadAsync(otherUnit, entryId, SampleFiles.Png, "anh.png", "image/png");

        EvidenceArrange.AssertRefused(response);
        Assert.Empty(await EvidenceArrange.AttachmentsOfAsync(factory, entryId));
    }

    [Fact]
    public async Task Another_units_staff_cannot_download_or_see_the_thumbnail_but_the_office_can()
    {
        var entryId = await EvidenceArrange.TrainingEntryAsync(factory, "HPN");
        using var staff = await factory.SignInAsync("hpn.canbo");
        await EvidenceArrange.UploadAsync(staff, entryId, SampleFiles.Png, "anh.png", "image/png");
        var row = Assert.Single(await EvidenceArrange.AttachmentsOfAsync(factory, entryId));
        using var otherUnit = await factory.SignInAsync("dtn.canbo");
        using var office = await factory.SignInAsync("vhxh");

        EvidenceArrange.AssertRefused(await otherUnit.GetAsync($"/minh-chung/{row.Id}"));
        EvidenceArrange.AssertRefused(await otherUnit.GetAsync($"/minh-chung/{row.Id}/anh-nho"));
        var thumbnail = await office.GetAsync($"/minh-chung/{row.Id}/anh-nho");
        Assert.Equal(HttpStatusCode.OK, thumbnail.StatusCode);
        var shown = await thumbnail.Content.ReadAsByteArrayAsync();
        Assert.Equal(row.Sha256, Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(shown))); // the re-encoded image
        Assert.Equal(SampleFiles.Png[..8], shown[..8]);
    }

    [Fact]
    public async Task An_entry_in_an_approved_period_takes_no_evidence()
    {
        var day = await EvidenceArrange.ApprovedDayAsync(factory, "HPN");
        var entryId = await EvidenceArrange.TrainingEntryAsync(factory, "HPN", day);
        using var staff = await factory.SignInAsync("hpn.canbo");

        var response = await EvidenceArrange.UploadAsync(staff, entryId, SampleFiles.Png, "anh.png", "image/png");

        var message = await EvidenceArrange.FlashAfterRedirectAsync(staff, response, $"/hoat-dong/lop-hoc/{entryId}");
        Assert.Contains("đã được phê duyệt", message, StringComparison.Ordinal);
        Assert.Empty(await EvidenceArrange.AttachmentsOfAsync(factory, entryId));
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("zalo.me/g/abc")]
    [InlineData("ftp://example.com/a")]
    public async Task A_link_must_be_an_absolute_http_address(string url)
    {
        var entryId = await EvidenceArrange.TrainingEntryAsync(factory, "HPN");
        using var staff = await factory.SignInAsync("hpn.canbo");
        var token = await staff.GetAntiforgeryTokenAsync("/tai-khoan/doi-mat-khau");

        var response = await staff.PostFormAsync("/minh-chung/lien-ket", [new("__RequestVerificationToken", token), new("EntryId", entryId.ToString(System.Globalization.CultureInfo.InvariantCulture)), new("Url", url)]);

        Assert.Equal("Đường dẫn không hợp lệ: cần một địa chỉ đầy đủ bắt đầu bằng http:// hoặc https://.", await EvidenceArrange.FlashAfterRedirectAsync(staff, response, $"/hoat-dong/lop-hoc/{entryId}"));
        Assert.Empty(await EvidenceArrange.AttachmentsOfAsync(factory, entryId));
    }

    [Fact]
    public async Task A_post_link_is_stored()
    {
        var entryId = await EvidenceArrange.TrainingEntryAsync(factory, "HPN");
        using var staff = await factory.SignInAsync("hpn.canbo");
        var token = await staff.GetAntiforgeryTokenAsync("/tai-khoan/doi-mat-khau");

        var response = await staff.PostFormAsync("/minh-chung/lien-ket", [new("__RequestVerificationToken", token), new("EntryId", entryId.ToString(System.Globalization.CultureInfo.InvariantCulture)), new("Url", "https://www.facebook.com/phuongnguyentrai/posts/123"), new("Caption", "Bài đăng fanpage")]);

        Assert.Equal("Đã thêm liên kết minh chứng.", await EvidenceArrange.FlashAfterRedirectAsync(staff, response, $"/hoat-dong/lop-hoc/{entryId}"));
        var link = Assert.Single(await EvidenceArrange.AttachmentsOfAsync(factory, entryId));
        Assert.Equal("https://www.facebook.com/phuongnguyentrai/posts/123", link.Url);
    }
}
