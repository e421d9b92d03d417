using System.Net;
using Microsoft.EntityFrameworkCore;
using NguyenTrai.DigitalLiteracy.Domain.Periods;
using NguyenTrai.DigitalLiteracy.TestSupport;

namespace NguyenTrai.DigitalLiteracy.IntegrationTests.Admin;

public sealed class PeriodAndUnitAdminTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static readonly Dictionary<string, string?> None = [];

    [Fact]
    public async Task Generating_2027_creates_19_periods_once()
    {
        using var office = await factory.SignInAsync("vhxh");

        var page = await office.FollowAsync(await office.SubmitFormAsync("/quan-tri/ky-bao-cao", new Dictionary<string, string?> { ["year"] = "2027" }, "form[data-testid=generate-year]"));

        Assert.Equal("Đã tạo 19 kỳ báo cáo cho năm 2027.", page.FlashSuccess());
        Assert.Equal("15/12/2026 - 14/01/2027", page.TextOf("tr:has(th:contains('Tháng 01/2027')) [data-testid=window]"));
        Assert.Equal("15/12/2026 - 14/12/2027", page.TextOf("tr:has(th:contains('Năm 2027')) [data-testid=window]"));
        var again = await office.FollowAsync(await office.SubmitFormAsync("/quan-tri/ky-bao-cao", new Dictionary<string, string?> { ["year"] = "2027" }, "form[data-testid=generate-year]"));
        Assert.Equal("Các kỳ báo cáo năm 2027 đã có đủ, không tạo thêm kỳ nào.", again.FlashSuccess());
        Assert.Equal(19, await factory.WithDbAsync(db => db.ReportingPeriods.CountAsync(p => p.Year == 2027)));
    }

    [Fact]
    public async Task Deadline_change_close_and_reopen_with_audit()
    {
        using var admin = await factory.SignInAsync("quantri");
        var id = await factory.WithDbAsync(db => db.ReportingPeriods.Where(p => p.Kind == PeriodKind.Monthly && p.Year == 2026 && p.Number == 10).Select(p => p.Id).FirstAsync());

        await admin.FollowAsync(await admin.SubmitFormAsync($"/quan-tri/ky-bao-cao/{id}/han-nop", new Dictionary<string, string?> { ["Deadline"] = "20/10/2026" }));
        await admin.FollowAsync(await admin.SubmitFormAsync("/quan-tri/ky-bao-cao?year=2026", None, $"form[action='/quan-tri/ky-bao-cao/{id}/khoa']"));
        var closed = await factory.WithDbAsync(db => db.ReportingPeriods.AsNoTracking().FirstAsync(p => p.Id == id));
        Assert.Equal((new DateOnly(2026, 10, 20), true, "quantri"), (closed.Deadline, closed.IsClosed, closed.ClosedBy));

        var page = await admin.FollowAsync(await admin.SubmitFormAsync("/quan-tri/ky-bao-cao?year=2026", None, $"form[action='/quan-tri/ky-bao-cao/{id}/mo-lai']"));

        Assert.Equal("Đang mở", page.TextOf($"tr[data-period='{id}'] [data-testid=state]"));
        var audit = await factory.WithDbAsync(db => db.AuditEntries.SingleAsync(a => a.Action == "ReopenPeriod" && a.EntityId == id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal("quantri", audit.UserName);
        Assert.Equal(PortalFactory.DefaultNow.UtcDateTime, audit.AtUtc);
    }

    [Fact]
    public async Task Deadline_edit_loses_to_a_concurrent_change()
    {
        using var admin = await factory.SignInAsync("quantri");
        var id = await factory.WithDbAsync(db => db.ReportingPeriods.Where(p => p.Kind == PeriodKind.Monthly && p.Year == 2026 && p.Number == 11).Select(p => p.Id).FirstAsync());
        var form = await admin.GetPageAsync($"/quan-tri/ky-bao-cao/{id}/han-nop");
        await factory.WithDbAsync(async db => { (await db.ReportingPeriods.FirstAsync(p => p.Id == id)).ChangeDeadline(new DateOnly(2026, 11, 30)); await db.SaveChangesAsync(); });
        string Field(string name) => form.QuerySelector($"main form input[name={name}]")!.GetAttribute("value")!;
        var fields = new Dictionary<string, string> { ["__RequestVerificationToken"] = Field("__RequestVerificationToken"), ["RowVersion"] = Field("RowVersion"), ["Deadline"] = "25/11/2026" };

        var response = await admin.PostFormAsync($"/quan-tri/ky-bao-cao/{id}/han-nop", fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("Dữ liệu đã được người khác thay đổi", (await PortalClient.ParseAsync(response)).ValidationMessages()[0], StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2026, 11, 30), await factory.WithDbAsync(db => db.ReportingPeriods.Where(p => p.Id == id).Select(p => p.Deadline).FirstAsync()));
    }

    [Fact]
    public async Task Unit_create_duplicate_code_overlong_name_and_close()
    {
        using var admin = await factory.SignInAsync("quantri");
        var form = new Dictionary<string, string?> { ["Code"] = "THON99", ["Name"] = "Tổ dân phố số 99", ["Kind"] = "6", ["ActiveFrom"] = "01/12/2026" };

        await admin.FollowAsync(await admin.SubmitFormAsync("/quan-tri/don-vi/tao-moi", form));
        var duplicate = await PortalClient.ParseAsync(await admin.SubmitFormAsync("/quan-tri/don-vi/tao-moi", form));
        var overlong = await PortalClient.ParseAsync(await admin.SubmitFormAsync("/quan-tri/don-vi/tao-moi", new Dictionary<string, string?>(form) { ["Code"] = "DAI", ["Name"] = new string('x', 10_000) }));

        Assert.Contains("Mã đơn vị \"THON99\" đã được dùng cho một đơn vị khác.", duplicate.ValidationMessages());
        Assert.Contains("Tên đơn vị không được dài quá 200 ký tự.", overlong.ValidationMessages());
        Assert.False(await factory.WithDbAsync(db => db.Units.AnyAsync(u => u.Code == "DAI")));
        var id = await factory.WithDbAsync(db => db.Units.Where(u => u.Code == "THON99").Select(u => u.Id).FirstAsync());

        await admin.FollowAsync(await admin.SubmitFormAsync($"/quan-tri/don-vi/{id}/sua", new Dictionary<string, string?> { ["activeTo"] = "31/12/2026" }, "form[action$='ngung-hoat-dong']"));

        Assert.Equal(new DateOnly(2026, 12, 31), await factory.WithDbAsync(db => db.Units.Where(u => u.Id == id).Select(u => u.ActiveTo).FirstAsync()));
    }
}
