using System.Net;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using NguyenTrai.DigitalLiteracy.Domain.Entries;
using NguyenTrai.DigitalLiteracy.IntegrationTests.Evidence;
using NguyenTrai.DigitalLiteracy.TestSupport;

namespace NguyenTrai.DigitalLiteracy.IntegrationTests.ExcelImport;

public sealed class ExcelImportTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static readonly DateTime Today = new(2026, 11, 25);

    [Fact]
    public async Task The_training_template_has_vietnamese_headers_a_guide_and_reimports_cleanly_after_adding_rows()
    {
        using var staff = await factory.SignInAsync("hpn.canbo");

        var response = await staff.GetAsync("/nhap-excel/mau/lop-hoc");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        using var template = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal(["Số liệu", "Hướng dẫn"], template.GetSheetNames());
        var example = template.Query(useHeaderRow: true, sheetName: "Số liệu").Cast<IDictionary<string, object?>>().Single();
        Assert.Equal("Tổng số người tham gia", example.Keys.ElementAt(7));
        Assert.Equal("Trong đó từ 18 tuổi trở lên", example.Keys.ElementAt(8));
        Assert.StartsWith("VÍ DỤ - xóa dòng này", (string)example[ImportFiles.Title]!, StringComparison.Ordinal);
        template.Position = 0;
        var guide = template.Query(useHeaderRow: true, sheetName: "Hướng dẫn").Cast<IDictionary<string, object?>>().ToList();
        Assert.Contains(guide, g => (string?)g["Cột"] == "Hình thức" && ((string)g["Cách nhập"]!).Contains("Buổi hướng dẫn", StringComparison.Ordinal));

        var filled = new List<Dictionary<string, object?>> { example.ToDictionary(k => k.Key, k => k.Value) };
        filled.Add(new(filled[0]) { [ImportFiles.Title] = "Mẫu tải về - dòng thêm 1" });
        filled.Add(new(filled[0]) { [ImportFiles.Title] = "Mẫu tải về - dòng thêm 2" });
        var preview = await ImportFiles.UploadAsync(staff, "lop-hoc", ImportFiles.Workbook(filled));

        // The example row was left in the file: it is listed as skipped, never imported.
        Assert.Empty(ImportFiles.Errors(preview));
        Assert.Contains("Dòng 2 là dòng ví dụ", preview.TextOf("[data-testid=import-example-skipped]"), StringComparison.Ordinal);
        Assert.Equal(2, preview.QuerySelectorAll("[data-testid=import-preview] tbody tr").Length);
        var confirmed = await ImportFiles.ConfirmAsync(staff, preview);
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        Assert.Equal(2, await factory.WithDbAsync(db => db.TrainingSessions.CountAsync(t => t.Title.StartsWith("Mẫu tải về - dòng thêm"))));
        Assert.Equal(0, await factory.WithDbAsync(db => db.TrainingSessions.CountAsync(t => t.Title.StartsWith("VÍ DỤ"))));
    }

    [Fact]
    public async Task A_file_with_one_bad_row_reports_its_row_and_column_and_stores_nothing()
    {
        using var staff = await factory.SignInAsync("hpn.canbo");
        var bytes = ImportFiles.Workbook(
        [
            ImportFiles.TrainingRow("Lỗi dòng - một", Today),
            ImportFiles.TrainingRow("Lỗi dòng - hai", "24/11/2026", total: 10, women: 11, adults: 8),
            ImportFiles.TrainingRow("Lỗi dòng - ba", Today),
        ]);

        var page = await ImportFiles.UploadAsync(staff, "lop-hoc", bytes);

        var error = Assert.Single(ImportFiles.Errors(page));
        Assert.Equal(("3", ImportFiles.Women, "Số nữ không được lớn hơn tổng số người tham gia."), error);
        Assert.Null(page.QuerySelector("[data-testid=import-confirm]"));
        Assert.Equal(0, await factory.WithDbAsync(db => db.Entries.CountAsync(e => e.Title.StartsWith("Lỗi dòng"))));
    }

    [Fact]
    public async Task Every_rule_of_the_form_is_checked_per_cell()
    {
        using var staff = await factory.SignInAsync("hpn.canbo");
        var lockedDay = await EvidenceArrange.ApprovedDayAsync(factory, "HPN");
        var bad = ImportFiles.TrainingRow("", "31/02/2026", total: -1);
        bad["Hình thức"] = "Hội thảo";
        bad["Phong trào"] = "Phong trào không có";
        var locked = ImportFiles.TrainingRow("Ngày đã khóa sổ", lockedDay.ToDateTime(TimeOnly.MinValue));

        var page = await ImportFiles.UploadAsync(staff, "lop-hoc", ImportFiles.Workbook([bad, locked]));

        var errors = ImportFiles.Errors(page);
        Assert.Contains(("2", ImportFiles.Title, "Vui lòng nhập Tiêu đề."), errors);
        Assert.Contains(("2", ImportFiles.Date, "Ngày không tồn tại (31/02/2026); vui lòng kiểm tra lại ngày và tháng."), errors);
        Assert.Contains(("2", "Hình thức", "Hình thức không có giá trị \"Hội thảo\" (xem trang \"Hướng dẫn\")."), errors);
        Assert.Contains(("2", "Tổng số người tham gia", "Tổng số người tham gia phải từ 0 đến 5.000; số lớn hơn thường do gõ nhầm, vui lòng kiểm tra lại."), errors);
        Assert.Contains(("2", "Phong trào", "Không có phong trào \"Phong trào không có\" (xem trang \"Hướng dẫn\")."), errors);
        Assert.Contains(errors, e => e.Row == "3" && e.Column == ImportFiles.Date && e.Message.Contains("đã được phê duyệt", StringComparison.Ordinal));
        Assert.Equal(0, await factory.WithDbAsync(db => db.Entries.CountAsync(e => e.Title == "Ngày đã khóa sổ")));
    }

    [Fact]
    public async Task A_good_propaganda_file_stores_every_row_for_the_staffs_own_unit()
    {
        using var staff = await factory.SignInAsync("hpn.canbo");
        var rows = Enumerable.Range(1, 4).Select(i => ImportFiles.PropagandaRow($"Tuyên truyền nhập Excel {i}", i % 2 == 0 ? Today : "20/11/2026", quantity: i)).ToList();

        var preview = await ImportFiles.UploadAsync(staff, "tuyen-truyen", ImportFiles.Workbook(rows));
        var confirmed = await ImportFiles.ConfirmAsync(staff, preview);

        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        Assert.Equal("Đã nhập 4 hoạt động tuyên truyền từ tệp Excel.", (await staff.GetPageAsync("/nhap-excel")).TextOf("[role=status]"));
        var stored = await factory.WithDbAsync(db => db.PropagandaActivities.Include(p => p.Campaigns).Include(p => p.Unit)
            .Where(p => p.Title.StartsWith("Tuyên truyền nhập Excel")).OrderBy(p => p.Title).ToListAsync());
        Assert.Equal(4, stored.Count);
        Assert.All(stored, p => Assert.Equal("HPN", p.Unit!.Code));
        Assert.All(stored, p => Assert.Equal("CDS-10-10", Assert.Single(p.Campaigns).Code));
        Assert.Equal([1, 2, 3, 4], stored.Select(p => p.Quantity));
        Assert.Equal(new DateOnly(2026, 11, 25), stored[1].Date);
        Assert.Equal(new DateOnly(2026, 11, 20), stored[0].Date);
        Assert.Equal(PropagandaChannel.ZaloGroupPost, stored[0].Channel);

        var again = await ImportFiles.ConfirmAsync(staff, preview);
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal(4, await factory.WithDbAsync(db => db.Entries.CountAsync(e => e.Title.StartsWith("Tuyên truyền nhập Excel"))));
    }

    [Fact]
    public async Task Another_user_cannot_confirm_someone_elses_preview()
    {
        using var staff = await factory.SignInAsync("hpn.canbo");
        using var other = await factory.SignInAsync("dtn.canbo");
        var preview = await ImportFiles.UploadAsync(staff, "tuyen-truyen", ImportFiles.Workbook([ImportFiles.PropagandaRow("Xem trước của người khác", Today)]));
        var token = preview.QuerySelector("[data-testid=import-confirm] input[name=token]")!.GetAttribute("value")!;
        var antiforgery = await other.GetAntiforgeryTokenAsync("/nhap-excel");

        var response = await other.PostFormAsync("/nhap-excel/xac-nhan", [new("__RequestVerificationToken", antiforgery), new("kind", "tuyen-truyen"), new("token", token)]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("đã hết hạn", (await other.GetPageAsync("/nhap-excel")).TextOf("[role=alert]"), StringComparison.Ordinal);
        Assert.Equal(0, await factory.WithDbAsync(db => db.Entries.CountAsync(e => e.Title == "Xem trước của người khác")));
    }

    public static TheoryData<string, string> Malformed => new()
    {
        { "text", "Tệp không phải là bảng tính Excel (.xlsx)." },
        { "broken-zip", "Không đọc được tệp Excel" },
        { "foreign", "Tệp không đúng mẫu \"Lớp học, buổi hướng dẫn\": thiếu cột" },
        { "propaganda-as-training", "Tệp không đúng mẫu \"Lớp học, buổi hướng dẫn\": thiếu cột" },
        { "empty", "Tệp trống" },
    };

    [Theory]
    [MemberData(nameof(Malformed))]
    public async Task A_malformed_or_foreign_file_gets_a_clear_message(string kind, string expected)
    {
        using var staff = await factory.SignInAsync("hpn.canbo");
        var bytes = kind switch
        {
            "text" => "Tên,Ngày\nLớp học,25/11/2026"u8.ToArray(),
            "broken-zip" => [.. "PK\x03\x04"u8, .. new byte[200]],
            "foreign" => ImportFiles.Workbook([new() { ["Họ và tên"] = "Nguyễn Văn A", ["Tuổi"] = 70 }]),
            "propaganda-as-training" => ImportFiles.Workbook([ImportFiles.PropagandaRow("Nhầm mẫu", Today)]),
            _ => ImportFiles.Workbook([]),
        };

        var page = await ImportFiles.UploadAsync(staff, "lop-hoc", bytes);

        Assert.Contains(expected, page.TextOf("[data-testid=import-file-error]"), StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("[data-testid=import-confirm]"));
    }

    [Fact]
    public async Task The_import_is_for_unit_staff_only()
    {
        using var office = await factory.SignInAsync("vhxh");

        EvidenceArrange.AssertRefused(await office.GetAsync("/nhap-excel"));
        EvidenceArrange.AssertRefused(await office.GetAsync("/nhap-excel/mau/lop-hoc"));
    }
}
