using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using NguyenTrai.DigitalLiteracy.IntegrationTests.Entries;
using NguyenTrai.DigitalLiteracy.IntegrationTests.Evidence;
using NguyenTrai.DigitalLiteracy.IntegrationTests.Reporting;
using NguyenTrai.DigitalLiteracy.TestSupport;

namespace NguyenTrai.DigitalLiteracy.IntegrationTests.UxStaff;

/// <summary>A photo chosen in the create form is saved with the entry through the evidence service; lists count evidence; the review shows thumbnails.</summary>
public sealed class EvidenceInFormTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task A_photo_from_the_create_form_is_cleaned_stored_with_the_entry_counted_and_shown_as_a_thumbnail()
    {
        using var staff = await factory.SignInAsync("hpn.canbo");
        var form = await staff.GetPageAsync("/hoat-dong/lop-hoc/tao-moi");
        var input = form.QuerySelector("input[type=file][name=Photo]")!;
        Assert.Equal("image/*", input.GetAttribute("accept"));
        Assert.Equal("environment", input.GetAttribute("capture"));
        Assert.Equal("multipart/form-data", form.QuerySelector("[data-testid=entry-form]")!.GetAttribute("enctype"));

        var response = await UxSteps.CreateWithPhotoAsync(staff, EntryKind.Training, "Lớp có ảnh chụp từ điện thoại", UxSteps.PhotoWithMetadata("vị trí bí mật 20.86N"), "IMG_0001.png", "image/png");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var details = await staff.GetPageAsync(response.Headers.Location!.OriginalString);
        Assert.Contains("cùng ảnh minh chứng", details.FlashSuccess(), StringComparison.Ordinal);
        var entry = await factory.FindByTitleAsync("Lớp có ảnh chụp từ điện thoại");
        var photo = Assert.Single(await EvidenceArrange.AttachmentsOfAsync(factory, entry!.Id));
        Assert.Equal(("image/png", "IMG_0001.png", "Ảnh lớp học"), (photo.ContentType, photo.FileName, photo.Caption));
        var stored = await (await staff.GetAsync($"/minh-chung/{photo.Id}/anh-nho")).Content.ReadAsByteArrayAsync();
        Assert.True(stored.AsSpan().StartsWith(SampleFiles.Png.AsSpan(0, 8)));
        Assert.DoesNotContain("bí mật", Encoding.Latin1.GetString(stored) + Encoding.UTF8.GetString(stored), StringComparison.Ordinal);

        var list = await staff.GetPageAsync("/hoat-dong/lop-hoc?Q=" + Uri.EscapeDataString("Lớp có ảnh chụp"));
        Assert.Equal("1", list.QuerySelector($"tr[data-entry-id='{entry.Id}'] [data-testid=evidence-count]")!.GetAttribute("data-count"));
        var without = await staff.CreateAsync(EntryKind.Training, "Lớp chưa có ảnh");
        var list2 = await staff.GetPageAsync("/hoat-dong/lop-hoc?Q=" + Uri.EscapeDataString("Lớp chưa có ảnh"));
        Assert.Equal("Chưa có", list2.TextOf($"tr[data-entry-id='{without}'] [data-testid=evidence-count]"));

        var periodId = await factory.PeriodIdAsync();
        await staff.SubmitReportAsync(periodId);
        using var office = await factory.SignInAsync("vhxh");
        var review = await office.GetPageAsync($"/duyet-bao-cao/{(await factory.ReportAsync("HPN", periodId))!.Id}");
        var thumbnail = review.QuerySelector($"a[href='/minh-chung/{photo.Id}'] img")!;
        Assert.Equal($"/minh-chung/{photo.Id}/anh-nho", thumbnail.GetAttribute("src"));
        Assert.Contains("Ảnh lớp học", thumbnail.GetAttribute("alt"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await office.GetAsync($"/minh-chung/{photo.Id}/anh-nho")).StatusCode);
    }

    [Fact]
    public async Task A_refused_photo_saves_nothing_and_says_why_on_the_form()
    {
        using var staff = await factory.SignInAsync("hpn.canbo");
        var before = await factory.CountAllEntriesAsync();

        var response = await UxSteps.CreateWithPhotoAsync(staff, EntryKind.Propaganda, "Tuyên truyền với tệp giả ảnh", SampleFiles.Text, "anh.jpg", "image/jpeg");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        Assert.Contains(page.ValidationMessages(), m => m.StartsWith("Chỉ chấp nhận ảnh JPG, PNG", StringComparison.Ordinal) && m.Contains("Hoạt động chưa được lưu", StringComparison.Ordinal));
        Assert.Equal("Tuyên truyền với tệp giả ảnh", page.QuerySelector("[name=Title]")!.GetAttribute("value"));
        Assert.Equal(before, await factory.CountAllEntriesAsync());
        Assert.Equal(0, await factory.WithDbAsync(db => db.Attachments.CountAsync(a => a.FileName == "anh.jpg")));
    }
}
