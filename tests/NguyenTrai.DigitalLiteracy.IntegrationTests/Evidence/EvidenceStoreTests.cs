using System.Net;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using NguyenTrai.DigitalLiteracy.TestSupport;
using SixLabors.ImageSharp;

namespace NguyenTrai.DigitalLiteracy.IntegrationTests.Evidence;

/// <summary>Accepted uploads round-trip (PDFs byte for byte, images as the server re-encoded them), whichever store is configured.</summary>
public abstract class EvidenceStoreTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : PortalFactory
{
    protected abstract bool StoresInDatabase { get; }

    [Theory]
    [InlineData("png", "ảnh lớp học.png", "image/png")]
    [InlineData("jpeg", "Ảnh buổi hướng dẫn.JPG", "image/jpeg")]
    [InlineData("pdf", "danh sách học viên.pdf", "application/pdf")]
    public async Task A_real_file_is_stored_with_its_hash_and_downloads_identically(string kind, string fileName, string contentType)
    {
        var bytes = kind switch { "png" => SampleFiles.Png, "jpeg" => SampleFiles.Jpeg, _ => SampleFiles.Pdf };
        var entryId = await EvidenceArrange.TrainingEntryAsync(factory, "HPN");
        using var staff = await factory.SignInAsync("hpn.canbo");

        var response = await EvidenceArrange.UploadAsync(staff, entryId, bytes, fileName, "application/octet-stream", "Ảnh chụp tại hội trường");

        Assert.Equal("Đã tải lên minh chứng.", await EvidenceArrange.FlashAfterRedirectAsync(staff, response, $"/hoat-dong/lop-hoc/{entryId}"));
        var row = Assert.Single(await EvidenceArrange.AttachmentsOfAsync(factory, entryId));
        if (kind == "pdf")
        {
            Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), row.Sha256);
            Assert.Equal(bytes.Length, row.SizeBytes);
        }

        Assert.Equal(contentType, row.ContentType);
        Assert.Equal(fileName.Normalize(), row.FileName);
        Assert.NotEqual(fileName, row.StorageKey);
        Assert.Equal(StoresInDatabase, await factory.WithDbAsync(db => db.StoredFiles.AnyAsync(f => f.Key == row.StorageKey)));
        var folderFile = Path.Combine(Path.GetDirectoryName(factory.DatabasePath)!, "evidence", row.StorageKey![..2], row.StorageKey);
        Assert.Equal(!StoresInDatabase, File.Exists(folderFile));

        var download = await staff.GetAsync($"/minh-chung/{row.Id}");

        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        var stored = await download.Content.ReadAsByteArrayAsync();
        Assert.Equal(kind == "pdf" ? bytes : stored, stored);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(stored)), row.Sha256);
        Assert.Equal(stored.Length, row.SizeBytes);
        Assert.Equal(contentType, download.Content.Headers.ContentType?.MediaType);
        Assert.Equal("nosniff", Assert.Single(download.Headers.GetValues("X-Content-Type-Options")));
        var disposition = download.Content.Headers.ContentDisposition!;
        Assert.Equal("attachment", disposition.DispositionType);
        Assert.Equal(fileName, Uri.UnescapeDataString(disposition.FileNameStar!));
    }

    [Fact]
    public async Task Deleting_a_file_removes_the_row_and_the_bytes()
    {
        var entryId = await EvidenceArrange.TrainingEntryAsync(factory, "HPN");
        using var staff = await factory.SignInAsync("hpn.canbo");
        await EvidenceArrange.UploadAsync(staff, entryId, SampleFiles.Png, "xoa.png", "image/png");
        var row = Assert.Single(await EvidenceArrange.AttachmentsOfAsync(factory, entryId));
        var token = await staff.GetAntiforgeryTokenAsync("/tai-khoan/doi-mat-khau");

        var response = await staff.PostFormAsync($"/minh-chung/{row.Id}/xoa", [new("__RequestVerificationToken", token)]);

        Assert.Equal("Đã xóa minh chứng.", await EvidenceArrange.FlashAfterRedirectAsync(staff, response, $"/hoat-dong/lop-hoc/{entryId}"));
        Assert.Empty(await EvidenceArrange.AttachmentsOfAsync(factory, entryId));
        Assert.False(await factory.WithDbAsync(db => db.StoredFiles.AnyAsync(f => f.Key == row.StorageKey)));
        var folderFile = Path.Combine(Path.GetDirectoryName(factory.DatabasePath)!, "evidence", row.StorageKey![..2], row.StorageKey);
        Assert.False(File.Exists(folderFile));
    }

    /// <summary>
    /// Pages show photos in 96 px boxes: a 1600x1200 photo is served there as a 427x320 copy made at upload (a review page
    /// of twenty phone photos loads a few hundred KB, not tens of MB), the download stays the full photo, a photo no
    /// larger than a thumbnail is shown as it is, and deleting the photo removes both copies.
    /// </summary>
    [Fact]
    public async Task A_large_photo_is_shown_as_a_thumbnail_and_deleting_it_removes_both_copies()
    {
        var entryId = await EvidenceArrange.TrainingEntryAsync(factory, "HPN");
        using var staff = await factory.SignInAsync("hpn.canbo");
        await EvidenceArrange.UploadAsync(staff, entryId, SampleFiles.JpegPhoto(1600, 1200), "hoi-truong.jpg", "image/jpeg");
        await EvidenceArrange.UploadAsync(staff, entryId, SampleFiles.Png, "nho.png", "image/png");
        var rows = await EvidenceArrange.AttachmentsOfAsync(factory, entryId);
        var large = rows.Single(r => r.FileName == "hoi-truong.jpg");
        var small = rows.Single(r => r.FileName == "nho.png");

        var download = await (await staff.GetAsync($"/minh-chung/{large.Id}")).Content.ReadAsByteArrayAsync();
        var thumbnail = await staff.GetAsync($"/minh-chung/{large.Id}/anh-nho");
        var thumbnailBytes = await thumbnail.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, thumbnail.StatusCode);
        Assert.Equal("image/jpeg", thumbnail.Content.Headers.ContentType?.MediaType);
        Assert.Equal((1600, 1200), SizeOf(download));
        Assert.Equal((427, 320), SizeOf(thumbnailBytes));
        Assert.True(thumbnailBytes.Length * 4 < download.Length, $"thumbnail {thumbnailBytes.Length} B, photo {download.Length} B");
        Assert.True(await StoredAsync(large.ThumbnailKey!));
        Assert.Equal(small.StorageKey, small.ThumbnailKey);
        Assert.Equal(
            await (await staff.GetAsync($"/minh-chung/{small.Id}")).Content.ReadAsByteArrayAsync(),
            await (await staff.GetAsync($"/minh-chung/{small.Id}/anh-nho")).Content.ReadAsByteArrayAsync());

        var token = await staff.GetAntiforgeryTokenAsync("/tai-khoan/doi-mat-khau");
        await staff.PostFormAsync($"/minh-chung/{large.Id}/xoa", [new("__RequestVerificationToken", token)]);

        Assert.False(await StoredAsync(large.StorageKey!));
        Assert.False(await StoredAsync(large.ThumbnailKey!));
    }

    /// <summary>
    /// Photos stored before thumbnails existed (NULL, as the migration leaves them) get theirs on first view, recorded for
    /// the next views; a PDF never has one.
    /// </summary>
    [Fact]
    public async Task A_photo_stored_before_thumbnails_gets_one_on_its_first_view()
    {
        var entryId = await EvidenceArrange.TrainingEntryAsync(factory, "HPN");
        using var staff = await factory.SignInAsync("hpn.canbo");
        await EvidenceArrange.UploadAsync(staff, entryId, SampleFiles.JpegPhoto(1200, 1600), "cu.jpg", "image/jpeg");
        await EvidenceArrange.UploadAsync(staff, entryId, SampleFiles.Pdf, "danh-sach.pdf", "application/pdf");
        await factory.WithDbAsync(db => db.Attachments.Where(a => a.EntryId == entryId).ExecuteUpdateAsync(s => s.SetProperty(a => a.ThumbnailKey, (string?)null)));
        var rows = await EvidenceArrange.AttachmentsOfAsync(factory, entryId);
        var photo = rows.Single(r => r.FileName == "cu.jpg");
        Assert.Null(photo.ThumbnailKey);

        var first = await staff.GetAsync($"/minh-chung/{photo.Id}/anh-nho");
        var firstBytes = await first.Content.ReadAsByteArrayAsync();
        var recorded = (await EvidenceArrange.AttachmentsOfAsync(factory, entryId)).Single(r => r.Id == photo.Id).ThumbnailKey;
        var second = await (await staff.GetAsync($"/minh-chung/{photo.Id}/anh-nho")).Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal((320, 427), SizeOf(firstBytes));
        Assert.NotNull(recorded);
        Assert.NotEqual(photo.StorageKey, recorded);
        Assert.True(await StoredAsync(recorded!));
        Assert.Equal(firstBytes, second);
        Assert.Equal(HttpStatusCode.NotFound, (await staff.GetAsync($"/minh-chung/{rows.Single(r => r.FileName == "danh-sach.pdf").Id}/anh-nho")).StatusCode);
    }

    private static (int Width, int Height) SizeOf(byte[] image)
    {
        var info = Image.Identify(image);
        return (info.Width, info.Height);
    }

    private async Task<bool> StoredAsync(string key) => StoresInDatabase
        ? await factory.WithDbAsync(db => db.StoredFiles.AnyAsync(f => f.Key == key))
        : File.Exists(Path.Combine(Path.GetDirectoryName(factory.DatabasePath)!, "evidence", key[..2], key));
}

public sealed class FolderEvidenceStoreTests(PortalFactory factory) : EvidenceStoreTests<PortalFactory>(factory)
{
    protected override bool StoresInDatabase => false;
}

public sealed class DatabaseEvidenceStoreTests(DatabaseEvidenceStoreTests.DatabaseStoreFactory factory) : EvidenceStoreTests<DatabaseEvidenceStoreTests.DatabaseStoreFactory>(factory)
{
    protected override bool StoresInDatabase => true;

    public sealed class DatabaseStoreFactory : PortalFactory
    {
        protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?> { ["Evidence:Store"] = "Database" };
    }
}
