using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using NguyenTrai.DigitalLiteracy.TestSupport;

namespace NguyenTrai.DigitalLiteracy.IntegrationTests.Entries;

/// <summary>Create, edit, delete and the audit trail, for each of the four entry types.</summary>
public sealed class EntryLifecycleTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Theory]
    [MemberData(nameof(EntryKind.Names), MemberType = typeof(EntryKind))]
    public async Task Create_stores_nfc_text_in_the_staff_unit_even_with_a_forged_unit(string name)
    {
        var kind = EntryKind.Named(name);
        using var staff = await factory.SignInAsync("hpn.canbo");
        var nfc = $"Hướng dẫn kỹ năng số tổ Đông Hòa {name}";
        var dtn = await factory.UnitIdAsync("DTN");

        await staff.CreateAsync(kind, nfc.Normalize(NormalizationForm.FormD), ("UnitId", dtn.ToString(CultureInfo.InvariantCulture)), ("CampaignIds", "1"));

        var stored = await factory.FindByTitleAsync(nfc);
        Assert.NotNull(stored);
        Assert.Equal(await factory.UnitIdAsync("HPN"), stored.UnitId);
        Assert.Equal(kind.Type, stored.Type);
        Assert.Equal([1], stored.Campaigns.Select(c => c.Id));
        var list = await staff.GetPageAsync(kind.BasePath + "?Q=" + Uri.EscapeDataString("tổ Đông Hòa " + name));
        Assert.Contains(nfc, list.TextsOf("[data-testid=entry-list] .entry-title"));
    }

    [Theory]
    [MemberData(nameof(EntryKind.Names), MemberType = typeof(EntryKind))]
    public async Task Edit_changes_the_entry_and_the_office_sees_old_and_new_values(string name)
    {
        var kind = EntryKind.Named(name);
        using var staff = await factory.SignInAsync("hpn.canbo");
        var id = await staff.CreateAsync(kind, $"Trước khi sửa {name}");

        var response = await staff.SubmitFormAsync($"{kind.BasePath}/{id}/sua", new Dictionary<string, string?> { ["Title"] = $"Sau khi sửa {name}", ["Date"] = "21/11/2026" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var stored = await factory.FindByTitleAsync($"Sau khi sửa {name}");
        Assert.Equal(new DateOnly(2026, 11, 21), stored!.Date);
        using var office = await factory.SignInAsync("vhxh");
        var details = await office.GetPageAsync($"{kind.BasePath}/{id}");
        var audit = details.TextOf("[data-testid=audit-trail]");
        Assert.Contains($"Tiêu đề: Trước khi sửa {name} → Sau khi sửa {name}", audit, StringComparison.Ordinal);
        Assert.Contains("Ngày: 20/11/2026 → 21/11/2026", audit, StringComparison.Ordinal);
        // People by name, not by login; the unit's id is bookkeeping, not a change anyone reads.
        Assert.Contains("Phạm Thị Lan", audit, StringComparison.Ordinal);
        Assert.DoesNotContain("hpn.canbo", audit, StringComparison.Ordinal);
        Assert.DoesNotContain("UnitId", audit, StringComparison.Ordinal);
        var ownPage = await staff.GetPageAsync($"{kind.BasePath}/{id}");
        Assert.Null(ownPage.QuerySelector("[data-testid=audit-trail]"));
    }

    [Theory]
    [MemberData(nameof(EntryKind.Names), MemberType = typeof(EntryKind))]
    public async Task Delete_is_soft_hidden_from_the_list_and_audited(string name)
    {
        var kind = EntryKind.Named(name);
        using var staff = await factory.SignInAsync("hpn.canbo");
        var title = $"Sẽ bị xóa {name}";
        var id = await staff.CreateAsync(kind, title);

        var response = await staff.SubmitFormAsync($"{kind.BasePath}/{id}", new Dictionary<string, string?>(), "form[data-confirm]");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var stored = await factory.FindByTitleAsync(title);
        Assert.True(stored!.IsDeleted);
        Assert.NotNull(stored.DeletedAtUtc);
        var list = await staff.GetPageAsync(kind.BasePath + "?Q=" + Uri.EscapeDataString(title));
        Assert.DoesNotContain(title, list.TextsOf(".entry-title"));
        Assert.Equal(HttpStatusCode.NotFound, (await staff.GetAsync($"{kind.BasePath}/{id}")).StatusCode);
        var actions = await factory.WithDbAsync(db => db.AuditEntries.Where(a => a.EntityId == id.ToString(CultureInfo.InvariantCulture) && a.UnitId == stored.UnitId).Select(a => a.Action).ToListAsync());
        Assert.Contains("Created", actions);
        Assert.Contains("Deleted", actions);
    }

    [Theory]
    [MemberData(nameof(EntryKind.Names), MemberType = typeof(EntryKind))]
    public async Task Another_units_staff_cannot_see_change_or_delete_and_cannot_create_into_another_unit(string name)
    {
        var kind = EntryKind.Named(name);
        using var hpn = await factory.SignInAsync("hpn.canbo");
        var id = await hpn.CreateAsync(kind, $"Của Hội Phụ nữ {name}");
        using var dtn = await factory.SignInAsync("dtn.canbo");
        var token = await dtn.GetAntiforgeryTokenAsync(kind.BasePath + "/tao-moi");

        EntrySteps.AssertDenied(await dtn.GetAsync($"{kind.BasePath}/{id}"));
        EntrySteps.AssertDenied(await dtn.GetAsync($"{kind.BasePath}/{id}/sua"));
        var edit = kind.Form("Đã bị sửa trộm").Append(new("__RequestVerificationToken", token)).Where(f => f.Value is not null).Select(f => new KeyValuePair<string, string>(f.Key, f.Value!));
        EntrySteps.AssertDenied(await dtn.PostFormAsync($"{kind.BasePath}/{id}/sua", edit));
        EntrySteps.AssertDenied(await dtn.PostFormAsync($"{kind.BasePath}/{id}/xoa", [new("__RequestVerificationToken", token)]));
        var stored = await factory.FindByTitleAsync($"Của Hội Phụ nữ {name}");
        Assert.False(stored!.IsDeleted);

        var hpnUnit = await factory.UnitIdAsync("HPN");
        await dtn.CreateAsync(kind, $"Đoàn Thanh niên giả mạo {name}", ("UnitId", hpnUnit.ToString(CultureInfo.InvariantCulture)));
        var forged = await factory.FindByTitleAsync($"Đoàn Thanh niên giả mạo {name}");
        Assert.Equal(await factory.UnitIdAsync("DTN"), forged!.UnitId);
    }

    [Theory]
    [MemberData(nameof(EntryKind.Names), MemberType = typeof(EntryKind))]
    public async Task A_script_in_the_title_is_shown_encoded(string name)
    {
        var kind = EntryKind.Named(name);
        using var staff = await factory.SignInAsync("hpn.canbo");
        var title = $"<script>alert('{name}')</script>";
        var id = await staff.CreateAsync(kind, title);

        foreach (var url in new[] { kind.BasePath + "?Q=" + Uri.EscapeDataString(title), $"{kind.BasePath}/{id}" })
        {
            var html = await (await staff.GetAsync(url)).Content.ReadAsStringAsync();
            Assert.DoesNotContain(title, html, StringComparison.Ordinal);
            Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_concurrent_change_is_not_overwritten()
    {
        var kind = EntryKind.Training;
        using var staff = await factory.SignInAsync("hpn.canbo");
        var id = await staff.CreateAsync(kind, "Lớp học bị sửa cùng lúc");
        var stalePage = await staff.GetPageAsync($"{kind.BasePath}/{id}/sua");
        var staleVersion = stalePage.QuerySelector("input[name=RowVersion]")!.GetAttribute("value");
        await staff.SubmitFormAsync($"{kind.BasePath}/{id}/sua", new Dictionary<string, string?> { ["Title"] = "Người thứ nhất đã sửa" });

        var response = await staff.SubmitFormAsync($"{kind.BasePath}/{id}/sua", new Dictionary<string, string?> { ["Title"] = "Người thứ hai ghi đè", ["RowVersion"] = staleVersion });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains((await PortalClient.ParseAsync(response)).ValidationMessages(), m => m.Contains("người khác thay đổi", StringComparison.Ordinal));
        Assert.NotNull(await factory.FindByTitleAsync("Người thứ nhất đã sửa"));
        Assert.Null(await factory.FindByTitleAsync("Người thứ hai ghi đè"));
    }
}
