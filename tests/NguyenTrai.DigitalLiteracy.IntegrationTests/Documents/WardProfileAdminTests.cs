using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using NguyenTrai.DigitalLiteracy.Domain.Profile;
using NguyenTrai.DigitalLiteracy.Pdf;
using NguyenTrai.DigitalLiteracy.TestSupport;
using NguyenTrai.DigitalLiteracy.Web.Features.Locality;

namespace NguyenTrai.DigitalLiteracy.IntegrationTests.Documents;

/// <summary>The administrator's "Thông tin địa phương" screen: seeded with the ward's values, audited, concurrency-checked.</summary>
public sealed class WardProfileAdminTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private Task<WardProfile> ProfileAsync() => factory.WithDbAsync(db => db.WardProfiles.AsNoTracking().SingleAsync());

    [Fact]
    public async Task The_seeded_profile_is_the_wards_and_the_screen_shows_the_pdf_font_and_signing()
    {
        var profile = await ProfileAsync();
        Assert.Equal(("phường Nguyễn Trãi", "BC-UBND", "BC-VHXH", "Nguyễn Trãi"), (profile.CommuneName, profile.CommitteeSymbol, profile.OfficeSymbol, profile.PlaceName));
        Assert.Equal(["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], WardProfile.Lines(profile.CityAuthorityLines));
        using var admin = await factory.SignInAsync("quantri");

        var page = await admin.GetPageAsync("/quan-tri/dia-phuong");

        Assert.Equal("phường Nguyễn Trãi", page.QuerySelector("#Form_CommuneName")?.GetAttribute("value"));
        Assert.Equal(PdfFonts.Current.Description, page.TextOf("[data-testid=pdf-font]"));
        if (PdfFonts.Current.Warning is { } warning)
        {
            Assert.Equal(warning, page.TextOf("[data-testid=pdf-font-warning]"));
        }

        Assert.Contains("Chưa cấu hình chứng thư số", page.TextOf("[data-testid=signing-status]"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Saving_records_who_changed_what_and_the_next_document_uses_it()
    {
        using var admin = await factory.SignInAsync("quantri");

        var saved = await DocumentScenario.SaveProfileAsync(admin, new Dictionary<string, string?>
        {
            ["WardSignerName"] = "Phạm Thu Hà", ["WardRecipients"] = "- UBND phường (để báo cáo);\r\n- Lưu: VT.",
        });

        Assert.StartsWith("Đã lưu thông tin địa phương", saved.FlashSuccess(), StringComparison.Ordinal);
        var profile = await ProfileAsync();
        Assert.Equal(("Phạm Thu Hà", "- UBND phường (để báo cáo);\n- Lưu: VT."), (profile.WardSignerName, profile.WardRecipients));
        var audit = await factory.WithDbAsync(db => db.AuditEntries.AsNoTracking().Where(a => a.Action == LocalityController.AuditAction).OrderBy(a => a.Id).LastAsync());
        Assert.Equal("quantri", audit.UserName);
        var changes = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(audit.ChangesJson!)!;
        Assert.Equal(["WardRecipients", "WardSignerName"], changes.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("Nguyễn Thị Thanh Hương", changes["WardSignerName"].GetProperty("Old").GetString());

        // A new ward draft takes the new signer and recipients.
        using var office = await factory.SignInAsync("vhxh");
        var draft = await ConsolidatedReports.ReportScenario.CreateDraftAsync(office, (await ConsolidatedReports.ReportScenario.AnnualPeriodAsync(factory)).Id);
        var report = await factory.WithDbAsync(db => db.ConsolidatedReports.AsNoTracking().SingleAsync(r => r.Id == draft));
        Assert.Equal(("Phạm Thu Hà", "- UBND phường (để báo cáo);\n- Lưu: VT."), (report.SignerName, report.Recipients));
    }

    [Fact]
    public async Task A_save_over_someone_elses_newer_save_is_refused()
    {
        using var first = await factory.SignInAsync("quantri");
        using var second = await factory.SignInAsync("quantri");
        var stale = await second.GetPageAsync("/quan-tri/dia-phuong");
        await DocumentScenario.SaveProfileAsync(first, new Dictionary<string, string?> { ["PortalTitle"] = "Bình dân học vụ số - bản của người thứ nhất" });

        var form = (AngleSharp.Html.Dom.IHtmlFormElement)stale.QuerySelector("form[data-testid=locality-form]")!;
        var fields = form.Elements.OfType<AngleSharp.Html.Dom.IHtmlInputElement>().Where(i => i.Name is { Length: > 0 }).Select(i => new KeyValuePair<string, string>(i.Name!, i.Value))
            .Concat(form.Elements.OfType<AngleSharp.Html.Dom.IHtmlTextAreaElement>().Select(t => new KeyValuePair<string, string>(t.Name!, t.Value)))
            .Where(f => f.Key != "Form.PortalTitle").Append(new("Form.PortalTitle", "Bình dân học vụ số - bản của người thứ hai")).ToList();
        var response = await second.PostFormAsync("/quan-tri/dia-phuong", fields);

        var page = await PortalClient.ParseAsync(response);
        Assert.Contains("người khác thay đổi", page.TextOf(".validation-summary-errors"), StringComparison.Ordinal);
        Assert.Equal("Bình dân học vụ số - bản của người thứ nhất", (await ProfileAsync()).PortalTitle);
    }

    [Fact]
    public async Task Invalid_symbols_are_refused_and_only_the_administrator_opens_the_screen()
    {
        using var admin = await factory.SignInAsync("quantri");
        var response = await admin.SubmitFormAsync("/quan-tri/dia-phuong", new Dictionary<string, string?> { ["Form.OfficeSymbol"] = "bc vhxh", ["Form.CommuneName"] = "" }, "form[data-testid=locality-form]");
        var page = await PortalClient.ParseAsync(response);
        Assert.Contains(page.ValidationMessages(), m => m.Contains("BC-UBND", StringComparison.Ordinal));
        Assert.Equal("BC-VHXH", (await ProfileAsync()).OfficeSymbol);

        foreach (var user in new[] { "vhxh", "lanhdao", "hpn.canbo" })
        {
            using var other = await factory.SignInAsync(user);
            ConsolidatedReports.ReportScenario.AssertDenied(await other.GetAsync("/quan-tri/dia-phuong"));
        }
    }

    [Fact]
    public async Task Unit_symbol_and_head_are_edited_on_the_units_screen()
    {
        using var admin = await factory.SignInAsync("quantri");
        var id = await factory.WithDbAsync(db => db.Units.Where(u => u.Code == "DTN").Select(u => u.Id).SingleAsync());
        var form = await admin.GetPageAsync($"/quan-tri/don-vi/{id}/sua");
        Assert.Equal("ĐTN", form.QuerySelector("#DocumentSymbol")?.GetAttribute("value"));

        await admin.FollowAsync(await admin.SubmitFormAsync($"/quan-tri/don-vi/{id}/sua", new Dictionary<string, string?>
        {
            ["DocumentSymbol"] = "đtn-p", ["HeadName"] = "Ngô Quang Minh", ["HeadPosition"] = "Bí thư Đoàn phường",
        }));

        var unit = await factory.WithDbAsync(db => db.Units.AsNoTracking().SingleAsync(u => u.Id == id));
        Assert.Equal(("ĐTN-P", "BC-ĐTN-P", "Ngô Quang Minh", "Bí thư Đoàn phường"), (unit.DocumentSymbol, unit.ReportSymbol, unit.HeadName, unit.HeadPosition));
    }
}
