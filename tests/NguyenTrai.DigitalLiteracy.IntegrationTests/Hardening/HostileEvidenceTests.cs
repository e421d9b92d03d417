using System.Net;
using System.Text;
using NguyenTrai.DigitalLiteracy.IntegrationTests.Evidence;
using NguyenTrai.DigitalLiteracy.TestSupport;
using SixLabors.ImageSharp;

namespace NguyenTrai.DigitalLiteracy.IntegrationTests.Hardening;

/// <summary>
/// The 22 hostile uploads of the attack, 15 of which were stored as they came: every one is now refused with a
/// Vietnamese message or stored as a clean image the server re-encoded, with no HTML, SVG or script inside.
/// </summary>
[Collection(nameof(MemoryMeasured))]
public sealed class HostileEvidenceTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static readonly string[] Markup = ["<script", "<html", "<svg", "alert(", "onload"];

    /// <summary>Polyglots and disguises that must come out as clean re-encoded images.</summary>
    public static TheoryData<string, string, string> Neutralised => new()
    {
        { "jpeg-html-appended", "anh.jpg", "image/jpeg" },
        { "png-html-appended", "anh.png", "image/png" },
        { "png-svg-appended", "anh.png", "image/png" },
        { "jpeg-svg-appended", "anh.jpg", "image/jpeg" },
        { "jpeg-comment-script", "anh.jpg", "image/jpeg" },
        { "png-text-svg", "anh.png", "image/png" },
        { "jpeg-exif-script", "anh.jpg", "image/jpeg" },
        { "png-as-html", "trang.html", "text/html" },
        { "jpeg-as-svg", "hinh.svg", "image/svg+xml" },
        { "png-named-jpg", "anh.jpg", "image/jpeg" },
    };

    /// <summary>Files that must be refused: a pixel bomb, broken images, active or broken PDFs.</summary>
    public static TheoryData<string, string> Refused => new()
    {
        { "png-30000x30000", "vượt quá mức cho phép 40 triệu điểm ảnh" },
        { "jpeg-header-only", "Không đọc được ảnh" },
        { "png-signature-then-html", "Không đọc được ảnh" },
        { "pdf-js", "JavaScript" },
        { "pdf-openaction-js", "tự chạy khi mở tệp" },
        { "pdf-openaction", "tự chạy khi mở tệp" },
        { "pdf-aa", "tự chạy khi mở tệp" },
        { "pdf-launch", "mở chương trình khác" },
        { "pdf-embedded-file", "tệp đính kèm" },
        { "pdf-hex-escaped-js", "JavaScript" },
        { "pdf-html-polyglot", "HTML hoặc SVG" },
        { "pdf-garbage", "Không đọc được tệp PDF" },
    };

    private static byte[] Make(string kind) => kind switch
    {
        "jpeg-html-appended" => HostileFiles.Append(HostileFiles.Photo(), HostileFiles.Html),
        "png-html-appended" => HostileFiles.Append(HostileFiles.Photo(png: true), HostileFiles.Html),
        "png-svg-appended" => HostileFiles.Append(HostileFiles.Photo(png: true), HostileFiles.Svg),
        "jpeg-svg-appended" => HostileFiles.Append(HostileFiles.Photo(), HostileFiles.Svg),
        "jpeg-comment-script" => HostileFiles.JpegComment(HostileFiles.Photo(), HostileFiles.Html),
        "png-text-svg" => HostileFiles.PngText(HostileFiles.Photo(png: true), HostileFiles.Svg),
        "jpeg-exif-script" => HostileFiles.Photo(exifDescription: HostileFiles.Html),
        "png-as-html" => HostileFiles.Append(HostileFiles.Photo(png: true), HostileFiles.Html),
        "jpeg-as-svg" => HostileFiles.Append(HostileFiles.Photo(), HostileFiles.Svg),
        "png-named-jpg" => HostileFiles.Photo(png: true),
        "png-30000x30000" => HostileFiles.PixelBomb(30_000, 30_000),
        "jpeg-header-only" => [0xFF, 0xD8, 0xFF, 0xE0, .. Encoding.ASCII.GetBytes(HostileFiles.Html)],
        "png-signature-then-html" => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, .. Encoding.ASCII.GetBytes(HostileFiles.Html)],
        "pdf-js" => HostileFiles.Pdf(extraObjects: ["<</S/JavaScript/JS(app.alert(1))>>"]),
        "pdf-openaction-js" => HostileFiles.Pdf("/OpenAction 4 0 R", ["<</S/JavaScript/JS(app.alert(1))>>"]),
        "pdf-openaction" => HostileFiles.Pdf("/OpenAction[3 0 R/Fit]"),
        "pdf-aa" => HostileFiles.Pdf("/AA<</WC 4 0 R>>", ["<</S/GoTo/D[3 0 R/Fit]>>"]),
        "pdf-launch" => HostileFiles.Pdf(extraObjects: ["<</S/Launch/F(cmd.exe)>>"]),
        "pdf-embedded-file" => HostileFiles.Pdf("/Names<</EmbeddedFiles 4 0 R>>", ["<</Names[(a.exe)5 0 R]>>", "<</Type/Filespec/F(a.exe)>>"]),
        "pdf-hex-escaped-js" => HostileFiles.Pdf(extraObjects: ["<</S/J#61vaScript/J#53(app.alert(1))>>"]),
        "pdf-html-polyglot" => HostileFiles.Pdf(comment: "%" + HostileFiles.Html + "\n"),
        _ => Encoding.ASCII.GetBytes("%PDF-1.7\n" + new string('z', 2000)),
    };

    [Theory]
    [MemberData(nameof(Neutralised))]
    public async Task A_polyglot_or_disguised_image_is_stored_only_as_a_clean_reencoded_image(string kind, string fileName, string browserType)
    {
        var uploaded = Make(kind);
        var entryId = await EvidenceArrange.TrainingEntryAsync(factory, "HPN");
        using var staff = await factory.SignInAsync("hpn.canbo");

        var response = await EvidenceArrange.UploadAsync(staff, entryId, uploaded, fileName, browserType);

        Assert.Equal("Đã tải lên minh chứng.", await EvidenceArrange.FlashAfterRedirectAsync(staff, response, $"/hoat-dong/lop-hoc/{entryId}"));
        var row = Assert.Single(await EvidenceArrange.AttachmentsOfAsync(factory, entryId));
        var download = await staff.GetAsync($"/minh-chung/{row.Id}");
        var stored = await download.Content.ReadAsByteArrayAsync();
        if (kind != "png-named-jpg")
        {
            Assert.NotEqual(uploaded, stored); // a clean PNG re-encodes to the same bytes
        }

        Assert.Equal(stored.Length, row.SizeBytes);
        var text = Encoding.Latin1.GetString(stored);
        Assert.All(Markup, m => Assert.DoesNotContain(m, text, StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain("Exif", text, StringComparison.Ordinal);
        var format = Image.DetectFormat(stored);
        Assert.Equal(row.ContentType, format.DefaultMimeType);
        Assert.EndsWith(format.DefaultMimeType == "image/png" ? ".png" : ".jpg", row.FileName, StringComparison.Ordinal);
        using var image = Image.Load(stored);
        Assert.Equal((64, 48), (image.Width, image.Height));
        Assert.Null(image.Metadata.ExifProfile);
    }

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task A_pixel_bomb_a_broken_image_or_an_active_pdf_is_refused_and_nothing_stored(string kind, string message)
    {
        var entryId = await EvidenceArrange.TrainingEntryAsync(factory, "HPN");
        using var staff = await factory.SignInAsync("hpn.canbo");
        var (fileName, type) = kind.StartsWith("pdf", StringComparison.Ordinal) ? ("bao-cao.pdf", "application/pdf") : kind.StartsWith("png", StringComparison.Ordinal) ? ("anh.png", "image/png") : ("anh.jpg", "image/jpeg");
        var clock = System.Diagnostics.Stopwatch.StartNew();

        var response = await EvidenceArrange.UploadAsync(staff, entryId, Make(kind), fileName, type);

        Assert.Contains(message, await EvidenceArrange.FlashAfterRedirectAsync(staff, response, $"/hoat-dong/lop-hoc/{entryId}"), StringComparison.Ordinal);
        Assert.Empty(await EvidenceArrange.AttachmentsOfAsync(factory, entryId));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"{kind}: {clock.Elapsed.TotalSeconds:N1} s");
    }

    [Theory]
    [InlineData("jpeg")]
    [InlineData("png")]
    public async Task A_truncated_image_is_refused_or_stored_only_re_encoded(string format)
    {
        var whole = HostileFiles.Photo(png: format == "png");
        var entryId = await EvidenceArrange.TrainingEntryAsync(factory, "HPN");
        using var staff = await factory.SignInAsync("hpn.canbo");

        await EvidenceArrange.UploadAsync(staff, entryId, whole[..(whole.Length / 2)], "cat-doi." + format, "image/" + format);

        if ((await EvidenceArrange.AttachmentsOfAsync(factory, entryId)).SingleOrDefault() is { } row)
        {
            var stored = await (await staff.GetAsync($"/minh-chung/{row.Id}")).Content.ReadAsByteArrayAsync();
            Assert.NotEqual(whole[..(whole.Length / 2)], stored);
            using var image = Image.Load(stored);
            Assert.Equal(64, image.Width);
        }
    }

    [Fact]
    public async Task A_plain_pdf_is_kept_byte_for_byte_and_every_download_is_an_attachment_in_a_sandbox()
    {
        var entryId = await EvidenceArrange.TrainingEntryAsync(factory, "HPN");
        using var staff = await factory.SignInAsync("hpn.canbo");
        await EvidenceArrange.UploadAsync(staff, entryId, SampleFiles.Pdf, "bien-ban.pdf", "application/pdf");
        await EvidenceArrange.UploadAsync(staff, entryId, HostileFiles.Photo(), "anh.jpg", "image/jpeg");
        var rows = await EvidenceArrange.AttachmentsOfAsync(factory, entryId);
        var pdf = rows.Single(r => r.ContentType == "application/pdf");
        var photo = rows.Single(r => r.ContentType == "image/jpeg");

        var pdfDownload = await staff.GetAsync($"/minh-chung/{pdf.Id}");
        var photoDownload = await staff.GetAsync($"/minh-chung/{photo.Id}");
        var thumbnail = await staff.GetAsync($"/minh-chung/{photo.Id}/anh-nho");

        Assert.Equal(SampleFiles.Pdf, await pdfDownload.Content.ReadAsByteArrayAsync());
        foreach (var download in new[] { pdfDownload, photoDownload })
        {
            Assert.Equal(HttpStatusCode.OK, download.StatusCode);
            Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
        }

        Assert.Equal("inline", thumbnail.Content.Headers.ContentDisposition?.DispositionType);
        foreach (var response in new[] { pdfDownload, photoDownload, thumbnail })
        {
            Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
            Assert.StartsWith("sandbox", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        }
    }
}
