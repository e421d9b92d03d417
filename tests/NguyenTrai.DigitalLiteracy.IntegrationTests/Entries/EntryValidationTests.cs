using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using NguyenTrai.DigitalLiteracy.Domain.Periods;
using NguyenTrai.DigitalLiteracy.Domain.Reports;
using NguyenTrai.DigitalLiteracy.TestSupport;

namespace NguyenTrai.DigitalLiteracy.IntegrationTests.Entries;

/// <summary>Refused input re-displays the form with what the user typed, a Vietnamese message, and nothing stored.</summary>
public sealed class EntryValidationTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static readonly string TenThousand = new('a', 10_000);

    public static TheoryData<string, string, string?, string> Failures => new()
    {
        { "propaganda", "Title", "", "Vui lòng nhập Tiêu đề." },
        { "training", "Title", "", "Vui lòng nhập Tiêu đề." },
        { "initiative", "Title", "", "Vui lòng nhập Tiêu đề." },
        { "integration", "Title", "", "Vui lòng nhập Tiêu đề." },
        { "propaganda", "EstimatedReach", "-5", "Số người tiếp cận (ước tính) phải từ 0 đến 1.000.000" },
        { "propaganda", "EstimatedReach", "1000001", "Số người tiếp cận (ước tính) phải từ 0 đến 1.000.000; số lớn hơn thường do gõ nhầm" },
        { "propaganda", "Quantity", "0", "Số lượng (lượt phát, bài đăng, băng rôn) phải từ 1 đến 10.000" },
        { "propaganda", "Quantity", "10001", "Số lượng (lượt phát, bài đăng, băng rôn) phải từ 1 đến 10.000" },
        { "training", "ParticipantsTotal", "-1", "Tổng số người tham gia phải từ 0 đến 5.000" },
        { "training", "ParticipantsTotal", "1000000", "Tổng số người tham gia phải từ 0 đến 5.000; số lớn hơn thường do gõ nhầm" },
        { "training", "DurationHours", "201", "Thời lượng (giờ) phải từ 0 đến 200" },
        { "integration", "Reach", "-3", "Số người tiếp cận phải từ 0 đến 1.000.000" },
        { "training", "ParticipantsWomen", "31", "Số nữ không được lớn hơn tổng số người tham gia." },
        { "training", "ParticipantsAged60Plus", "45", "Số người từ 60 tuổi trở lên không được lớn hơn tổng số người tham gia." },
        { "propaganda", "EndDate", "19/11/2026", "Ngày kết thúc không được trước ngày bắt đầu." },
        { "propaganda", "ContentSummary", TenThousand, "không được dài quá 4000 ký tự" },
        { "training", "Instructors", TenThousand, "không được dài quá 300 ký tự" },
        { "initiative", "Description", TenThousand, "không được dài quá 4000 ký tự" },
        { "integration", "Content", TenThousand, "không được dài quá 4000 ký tự" },
        { "training", "Date", "31/02/2026", "Ngày không tồn tại." },
        { "training", "Date", "2026/11/20", "Vui lòng nhập ngày theo dạng ngày/tháng/năm, ví dụ 05/10/2025." },
        { "training", "ParticipantsAdults", "", "Vui lòng nhập Trong đó từ 18 tuổi trở lên." },
        { "training", "ParticipantsAdults", "31", "Số người từ 18 tuổi trở lên không được lớn hơn tổng số người tham gia." },
        { "training", "ParticipantsAged60Plus", "29", "Số người từ 60 tuổi trở lên không được lớn hơn số người từ 18 tuổi trở lên." },
        { "training", "Format", "", "Vui lòng chọn Hình thức." },
        { "propaganda", "Channel", "", "Vui lòng chọn Hình thức tuyên truyền." },
    };

    [Theory]
    [MemberData(nameof(Failures))]
    public async Task Invalid_input_is_kept_explained_and_not_stored(string name, string field, string? value, string message)
    {
        var kind = EntryKind.Named(name);
        using var staff = await factory.SignInAsync("hpn.canbo");
        var before = await factory.CountAllEntriesAsync();
        var title = field == "Title" ? "" : $"Giữ nguyên nội dung {name} {field}";

        var response = await staff.SubmitFormAsync(kind.BasePath + "/tao-moi", kind.Form(title, (field, value)));

        await AssertRefusedAsync(response, field, value, message, title);
        Assert.Equal(before, await factory.CountAllEntriesAsync());
    }

    [Theory]
    [MemberData(nameof(EntryKind.Names), MemberType = typeof(EntryKind))]
    public async Task A_date_in_a_closed_period_is_refused(string name)
    {
        var kind = EntryKind.Named(name);
        using var isolated = new PortalFactory();
        await isolated.WithDbAsync(async db =>
        {
            var month = await db.ReportingPeriods.SingleAsync(p => p.Kind == PeriodKind.Monthly && p.Year == 2026 && p.Number == 12);
            month.Close("vhxh", DateTime.UtcNow);
            await db.SaveChangesAsync();
        });
        using var staff = await isolated.SignInAsync("hpn.canbo");
        var before = await isolated.CountAllEntriesAsync();

        var response = await staff.SubmitFormAsync(kind.BasePath + "/tao-moi", kind.Form("Trong kỳ đã khóa sổ"));

        await AssertRefusedAsync(response, "Date", "20/11/2026", "đã khóa sổ", "Trong kỳ đã khóa sổ");
        Assert.Equal(before, await isolated.CountAllEntriesAsync());
    }

    [Theory]
    [MemberData(nameof(EntryKind.Names), MemberType = typeof(EntryKind))]
    public async Task A_date_in_a_period_whose_unit_report_is_submitted_is_refused_for_new_and_existing_entries(string name)
    {
        var kind = EntryKind.Named(name);
        using var isolated = new PortalFactory();
        using var staff = await isolated.SignInAsync("hpn.canbo");
        var id = await staff.CreateAsync(kind, "Đã có trước khi gửi báo cáo");
        var hpn = await isolated.UnitIdAsync("HPN");
        await isolated.WithDbAsync(async db =>
        {
            var month = await db.ReportingPeriods.SingleAsync(p => p.Kind == PeriodKind.Monthly && p.Year == 2026 && p.Number == 12);
            var report = await db.UnitReports.SingleOrDefaultAsync(r => r.UnitId == hpn && r.ReportingPeriodId == month.Id) ?? db.UnitReports.Add(UnitReport.Start(hpn, month.Id)).Entity;
            report.Submit(new ReportActor("x", "Cán bộ HPN", DateTime.UtcNow));
            await db.SaveChangesAsync();
        });
        var before = await isolated.CountAllEntriesAsync();

        var created = await staff.SubmitFormAsync(kind.BasePath + "/tao-moi", kind.Form("Sau khi gửi báo cáo"));
        await AssertRefusedAsync(created, "Date", "20/11/2026", "đã gửi", "Sau khi gửi báo cáo");
        var edited = await staff.SubmitFormAsync($"{kind.BasePath}/{id}/sua", new Dictionary<string, string?> { ["Title"] = "Sửa sau khi gửi", ["Date"] = "05/11/2026" });
        await AssertRefusedAsync(edited, "Date", "05/11/2026", "đã gửi", "Sửa sau khi gửi");
        var token = await staff.GetAntiforgeryTokenAsync(kind.BasePath + "/tao-moi");
        await staff.PostFormAsync($"{kind.BasePath}/{id}/xoa", [new("__RequestVerificationToken", token)]);

        Assert.Equal(before, await isolated.CountAllEntriesAsync());
        var stored = await isolated.FindByTitleAsync("Đã có trước khi gửi báo cáo");
        Assert.False(stored!.IsDeleted);
        var details = await staff.GetPageAsync($"{kind.BasePath}/{id}");
        Assert.Contains("đã gửi", details.TextOf("[data-testid=lock-reason]"), StringComparison.Ordinal);
        Assert.Null(details.QuerySelector("form[data-confirm]"));
    }

    private static async Task AssertRefusedAsync(HttpResponseMessage response, string field, string? value, string message, string title)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        Assert.Contains(page.ValidationMessages(), m => m.Contains(message, StringComparison.Ordinal));
        var form = page.QuerySelector("[data-testid=entry-form]")!;
        Assert.Equal(title, (form.QuerySelector("[name=Title]") as IHtmlInputElement)?.Value);
        var input = form.QuerySelector($"[name={field}]");
        var shown = input switch { IHtmlInputElement i => i.Value, IHtmlTextAreaElement t => t.Value, IHtmlSelectElement s => s.Value, _ => null };
        Assert.Equal(value, shown);
    }
}
