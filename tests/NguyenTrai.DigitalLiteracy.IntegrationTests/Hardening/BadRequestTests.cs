using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using NguyenTrai.DigitalLiteracy.Domain.Targets;
using NguyenTrai.DigitalLiteracy.IntegrationTests.Entries;
using NguyenTrai.DigitalLiteracy.IntegrationTests.Evidence;
using NguyenTrai.DigitalLiteracy.TestSupport;

namespace NguyenTrai.DigitalLiteracy.IntegrationTests.Hardening;

/// <summary>
/// The 13 requests of the attack that answered 500 (and a few neighbours), sent to the portal on real Kestrel:
/// each is a 4xx with the Vietnamese page saying what is wrong, and nothing is half-saved.
/// </summary>
public sealed class BadRequestTests(KestrelPortal portal) : IClassFixture<KestrelPortal>
{
    private static readonly string[] VietnameseTitles = ["Yêu cầu không hợp lệ", "Tệp quá lớn", "Không tìm thấy trang"];

    private static async Task AssertVietnamesePageAsync(HttpResponseMessage response, HttpStatusCode status, string? message = null)
    {
        Assert.Equal(status, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        Assert.Equal("vi", page.DocumentElement.GetAttribute("lang"));
        Assert.Contains(page.TextOf("h1"), VietnameseTitles);
        if (message is not null)
        {
            Assert.True(page.TextOf("p.lead").Contains(message, StringComparison.Ordinal), page.TextOf("p.lead"));
        }
    }

    private Task<(int Entries, int Attachments, int Targets, int Drafts)> CountsAsync() =>
        portal.WithDbAsync(async db => (await db.Entries.IgnoreQueryFilters().CountAsync(), await db.Attachments.CountAsync(), await db.Targets.CountAsync(), await db.StoredFiles.CountAsync()));

    private static async Task<HttpResponseMessage> PostChunkedAsync(PortalClient client, string url, string tokenPage, Action<MultipartFormDataContent> fill)
    {
        var token = await client.GetAntiforgeryTokenAsync(tokenPage);
        using var form = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } };
        fill(form);
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new ChunkedContent(form) };
        request.Headers.TransferEncodingChunked = true;
        return await client.Http.SendAsync(request);
    }

    private static ByteArrayContent FileContent(int size, string type)
    {
        var file = new ByteArrayContent(new byte[size]);
        file.Headers.ContentType = new MediaTypeHeaderValue(type);
        return file;
    }

    public static TheoryData<string> ChunkedUploads => ["evidence", "import", "verification", "entry-form"];

    [Theory]
    [MemberData(nameof(ChunkedUploads))]
    public async Task A_chunked_body_over_the_limit_is_a_413_page_not_a_500(string target)
    {
        var entryId = await EvidenceArrange.TrainingEntryAsync(portal, "HPN");
        using var client = await portal.SignInOverSocketAsync(target == "verification" ? "vhxh" : "hpn.canbo");
        var before = await CountsAsync();
        const int Size = 3 * 1024 * 1024;

        var response = target switch
        {
            "evidence" => await PostChunkedAsync(client, "/minh-chung/tai-len", "/tai-khoan/doi-mat-khau", f =>
            {
                f.Add(new StringContent(entryId.ToString(CultureInfo.InvariantCulture)), "EntryId");
                f.Add(FileContent(Size, "image/png"), "File", "anh.png");
            }),
            "import" => await PostChunkedAsync(client, "/nhap-excel", "/nhap-excel", f =>
            {
                f.Add(new StringContent("lop-hoc"), "kind");
                f.Add(FileContent(Size, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"), "file", "so-lieu.xlsx");
            }),
            "verification" => await PostChunkedAsync(client, "/xac-minh", "/xac-minh", f => f.Add(FileContent(Size, "application/pdf"), "file", "bao-cao.pdf")),
            _ => await PostChunkedAsync(client, "/hoat-dong/lop-hoc/tao-moi", "/hoat-dong/lop-hoc/tao-moi", f => f.Add(new StringContent(new string('a', Size)), "Title")),
        };

        await AssertVietnamesePageAsync(response, HttpStatusCode.RequestEntityTooLarge, "vượt quá dung lượng cho phép");
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task Verification_takes_a_chunked_report_within_its_configured_limit()
    {
        using var office = await portal.SignInOverSocketAsync("vhxh");

        var response = await PostChunkedAsync(office, "/xac-minh", "/xac-minh", f => f.Add(FileContent(KestrelPortal.SmallFileBytes - 1024, "application/pdf"), "file", "bao-cao.pdf"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    public static TheoryData<string, string?, string> BadEntryFields => new()
    {
        { "Date", "31/12/9999", "năm và ngày phải nằm trong khoảng từ năm 1900 đến năm 2100" },
        { "Date", "01/01/0001", "năm và ngày phải nằm trong khoảng từ năm 1900 đến năm 2100" },
        { "Title", new string('x', 1_000_000), "có trường quá dài" },
        { "Title", "Lớp học\0\0\0", "chứa ký tự không được phép" },
        { "Place", "Nhà văn hóa\u0001", "chứa ký tự không được phép" },
        { "Title", "Lớp \u202Egnol\u202C học", "chứa ký tự không được phép" },
        { "Instructors", "Nguyễn\u200BVăn A", "chứa ký tự không được phép" },
        { "Title", "Ẩn\u2066đảo\u2069", "chứa ký tự không được phép" },
    };

    [Theory]
    [MemberData(nameof(BadEntryFields))]
    public async Task A_form_with_an_impossible_date_a_huge_field_or_hidden_characters_is_a_400_page_and_saves_nothing(string field, string? value, string message)
    {
        using var staff = await portal.SignInOverSocketAsync("hpn.canbo");
        var before = await CountsAsync();

        var response = await staff.SubmitFormAsync(EntryKind.Training.BasePath + "/tao-moi", EntryKind.Training.Form("Lớp học thử", (field, value)));

        await AssertVietnamesePageAsync(response, HttpStatusCode.BadRequest, message);
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task The_400_page_names_the_field_in_vietnamese()
    {
        using var staff = await portal.SignInOverSocketAsync("hpn.canbo");

        var response = await staff.SubmitFormAsync(EntryKind.Training.BasePath + "/tao-moi", EntryKind.Training.Form("Lớp\u200Bhọc"));

        await AssertVietnamesePageAsync(response, HttpStatusCode.BadRequest, "Trường \"Tiêu đề\" chứa ký tự không được phép");
    }

    [Theory]
    [InlineData("anh\u0001.png")]
    [InlineData("anh\u009F.png")]
    [InlineData("anh\u202Egnp.exe")]
    [InlineData("a\u200Bnh.png")]
    public async Task An_upload_whose_file_name_hides_characters_is_refused(string fileName)
    {
        var entryId = await EvidenceArrange.TrainingEntryAsync(portal, "HPN");
        using var staff = await portal.SignInOverSocketAsync("hpn.canbo");

        var response = await EvidenceArrange.UploadAsync(staff, entryId, SampleFiles.Png, fileName, "image/png");

        await AssertVietnamesePageAsync(response, HttpStatusCode.BadRequest, "chứa ký tự không được phép");
        Assert.Empty(await EvidenceArrange.AttachmentsOfAsync(portal, entryId));
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("0")]
    [InlineData("99999")]
    [InlineData("2147483647")]
    public async Task A_year_outside_1900_2100_is_a_400_page(string year)
    {
        using var office = await portal.SignInOverSocketAsync("vhxh");

        await AssertVietnamesePageAsync(await office.GetAsync($"/chi-tieu?year={year}"), HttpStatusCode.BadRequest, "từ năm 1900 đến năm 2100");
        await AssertVietnamesePageAsync(await office.GetAsync($"/quan-tri/ky-bao-cao?Year={year}"), HttpStatusCode.BadRequest, "từ năm 1900 đến năm 2100");
    }

    [Fact]
    public async Task A_target_for_a_unit_that_does_not_exist_is_a_400_page_not_a_foreign_key_500()
    {
        using var office = await portal.SignInOverSocketAsync("vhxh");
        var before = await CountsAsync();

        var response = await office.SubmitFormAsync("/chi-tieu?year=2026", new Dictionary<string, string?>
        {
            ["NewTarget.Year"] = "2026",
            ["NewTarget.Metric"] = ((int)TargetMetric.PeopleTrained).ToString(CultureInfo.InvariantCulture),
            ["NewTarget.Value"] = "100",
            ["NewTarget.UnitId"] = "99999",
        }, "#new-target");

        await AssertVietnamesePageAsync(response, HttpStatusCode.BadRequest, "Đơn vị đã chọn không tồn tại");
        Assert.Equal(before, await CountsAsync());
    }

    [Theory]
    [InlineData("/hoat-dong/lop-hoc/999999")]
    [InlineData("/hoat-dong/lop-hoc/999999/sua")]
    [InlineData("/minh-chung/999999")]
    [InlineData("/hoat-dong/lop-hoc/abc")]
    public async Task Unknown_ids_are_a_404_page(string url)
    {
        using var office = await portal.SignInOverSocketAsync("hpn.canbo");

        await AssertVietnamesePageAsync(await office.GetAsync(url), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_refused_post_is_not_re_executed_as_a_post_on_the_error_page()
    {
        using var staff = await portal.SignInOverSocketAsync("hpn.canbo");
        var before = await CountsAsync();

        // No antiforgery token: the 400 page used to run as a POST with the same body.
        var response = await staff.PostFormAsync("/hoat-dong/lop-hoc/tao-moi", [new("Title", "Không có mã chống giả mạo"), new("Date", "20/11/2026")]);

        await AssertVietnamesePageAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal(before, await CountsAsync());
    }
}
