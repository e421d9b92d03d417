using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using NguyenTrai.DigitalLiteracy.IntegrationTests.ExcelImport;
using NguyenTrai.DigitalLiteracy.TestSupport;

namespace NguyenTrai.DigitalLiteracy.IntegrationTests.UxStaff;

/// <summary>The web form and the Excel template require the same fields and say the same things; a file's errors come in one pass.</summary>
public sealed class OneValidationSourceTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    public static TheoryData<string, string> Kinds => new() { { "lop-hoc", "/hoat-dong/lop-hoc" }, { "tuyen-truyen", "/hoat-dong/tuyen-truyen" } };

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task The_form_and_the_template_require_the_same_fields_and_give_the_same_messages(string kind, string basePath)
    {
        using var staff = await factory.SignInAsync("hpn.canbo");

        // Required on the form: the fields marked for screen readers (aria-required) and their labels.
        var form = await staff.GetPageAsync(basePath + "/tao-moi");
        var formRequired = form.QuerySelectorAll("[data-testid=entry-form] [aria-required=true]")
            .Select(f => form.QuerySelector($"label[for='{f.Id}']")!.TextContent.Replace("*", "", StringComparison.Ordinal).Trim()).Order().ToList();
        Assert.NotEmpty(formRequired);
        Assert.All(form.QuerySelectorAll("[data-testid=entry-form] [aria-required=true]"), f => Assert.NotNull(form.QuerySelector($"label.required[for='{f.Id}']")));
        Assert.Equal(formRequired.Count, form.QuerySelectorAll("[data-testid=entry-form] label.required").Length);

        // Required in the template: its guide's "Bắt buộc" column.
        using var template = new MemoryStream(await (await staff.GetAsync("/nhap-excel/mau/" + kind)).Content.ReadAsByteArrayAsync());
        var guide = template.Query(useHeaderRow: true, sheetName: "Hướng dẫn").Cast<IDictionary<string, object?>>().ToList();
        var templateRequired = guide.Where(g => (string?)g["Bắt buộc"] == "Có").Select(g => (string)g["Cột"]!).Order().ToList();
        Assert.Equal(formRequired, templateRequired);

        // Everything empty: the form (server side) and the import give the same messages.
        var emptied = (await staff.CaptureFormAsync(basePath + "/tao-moi", "[data-testid=entry-form]")).Fields
            .Where(f => f.Key is not ("__RequestVerificationToken" or "RowVersion")).Select(f => f.Key).Distinct()
            .ToDictionary(k => k, k => (string?)"");
        emptied["Platforms"] = null;
        emptied["Quantity"] = "";
        var page = await PortalClient.ParseAsync(await staff.SubmitFormAsync(basePath + "/tao-moi", emptied, "[data-testid=entry-form]"));
        var formMessages = page.ValidationMessages().Order().ToList();

        var headers = guide.Select(g => (string)g["Cột"]!).Where(h => !h.StartsWith('(')).ToList();
        var row = headers.ToDictionary(h => h, h => (object?)null);
        row["Phong trào"] = "Bình dân học vụ số"; // one non-required cell, so the row is not blank
        var preview = await ImportFiles.UploadAsync(staff, kind, ImportFiles.Workbook([row]));
        var importMessages = ImportFiles.Errors(preview).Select(e => e.Message).Order().ToList();

        Assert.Contains(formMessages, m => m.StartsWith("Vui lòng chọn", StringComparison.Ordinal));
        Assert.Contains(formMessages, m => m.StartsWith("Vui lòng nhập", StringComparison.Ordinal));
        Assert.Equal(formMessages, importMessages);
    }

    [Fact]
    public async Task A_missing_cell_and_a_cross_field_error_are_reported_in_the_same_pass()
    {
        using var staff = await factory.SignInAsync("hpn.canbo");
        var row = ImportFiles.TrainingRow("", "20/11/2026", total: 10, women: 11, adults: 12);

        var errors = ImportFiles.Errors(await ImportFiles.UploadAsync(staff, "lop-hoc", ImportFiles.Workbook([row])));

        Assert.Contains(("2", ImportFiles.Title, "Vui lòng nhập Tiêu đề."), errors);
        Assert.Contains(("2", ImportFiles.Women, "Số nữ không được lớn hơn tổng số người tham gia."), errors);
        Assert.Contains(("2", ImportFiles.Adults, "Số người từ 18 tuổi trở lên không được lớn hơn tổng số người tham gia."), errors);
    }

    [Fact]
    public async Task The_templates_example_row_is_never_imported_even_when_it_is_all_the_file_holds()
    {
        using var staff = await factory.SignInAsync("hpn.canbo");
        var template = await (await staff.GetAsync("/nhap-excel/mau/lop-hoc")).Content.ReadAsByteArrayAsync();

        var asDownloaded = await ImportFiles.UploadAsync(staff, "lop-hoc", template);

        Assert.Contains("chỉ có dòng ví dụ", asDownloaded.TextOf("[data-testid=import-file-error]"), StringComparison.Ordinal);
        Assert.Null(asDownloaded.QuerySelector("[data-testid=import-confirm]"));

        // The marker is recognised whatever the case and spacing a user leaves it in.
        var lower = ImportFiles.TrainingRow("  ví dụ - xóa dòng này: lớp thử", "20/11/2026");
        var real = ImportFiles.TrainingRow("Lớp thật sau dòng ví dụ", "20/11/2026");
        var preview = await ImportFiles.UploadAsync(staff, "lop-hoc", ImportFiles.Workbook([lower, real]));
        Assert.Equal(HttpStatusCode.Redirect, (await ImportFiles.ConfirmAsync(staff, preview)).StatusCode);
        Assert.Equal(1, await factory.WithDbAsync(db => db.TrainingSessions.CountAsync(t => t.Title == "Lớp thật sau dòng ví dụ")));
        Assert.Equal(0, await factory.WithDbAsync(db => db.TrainingSessions.CountAsync(t => t.Title.Contains("lớp thử"))));
    }

    [Fact]
    public async Task An_adults_count_is_imported_and_an_older_template_without_it_is_refused_by_name()
    {
        using var staff = await factory.SignInAsync("hpn.canbo");
        var old = ImportFiles.TrainingRow("Mẫu cũ", "20/11/2026");
        old.Remove(ImportFiles.Adults);

        var page = await ImportFiles.UploadAsync(staff, "lop-hoc", ImportFiles.Workbook([old]));

        Assert.Contains("thiếu cột \"Trong đó từ 18 tuổi trở lên\"", page.TextOf("[data-testid=import-file-error]"), StringComparison.Ordinal);
        var preview = await ImportFiles.UploadAsync(staff, "lop-hoc", ImportFiles.Workbook([ImportFiles.TrainingRow("Có số người lớn", "20/11/2026", total: 30, adults: 22)]));
        await ImportFiles.ConfirmAsync(staff, preview);
        Assert.Equal(22, await factory.WithDbAsync(db => db.TrainingSessions.Where(t => t.Title == "Có số người lớn").Select(t => t.ParticipantsAdults).SingleAsync()));
    }
}
