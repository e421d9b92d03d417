using System.Net;
using Microsoft.EntityFrameworkCore;
using NguyenTrai.DigitalLiteracy.TestSupport;

namespace NguyenTrai.DigitalLiteracy.IntegrationTests.Admin;

public sealed class UserAdminTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Passphrase = "mùa lúa chín trên đồng quê";

    private async Task<int> UnitIdAsync(string code) => await factory.WithDbAsync(db => db.Units.Where(u => u.Code == code).Select(u => u.Id).FirstAsync());

    private async Task<int> UserCountAsync() => await factory.WithDbAsync(db => db.Users.CountAsync());

    private async Task<string> UserIdAsync(string userName) => await factory.WithDbAsync(db => db.Users.Where(u => u.UserName == userName).Select(u => u.Id).FirstAsync());

    private static Dictionary<string, string?> NewUser(string userName, string role, int? unitId, string password = Passphrase) => new()
    {
        ["UserName"] = userName, ["FullName"] = "Nguyễn Thị Thử", ["JobTitle"] = "Cán bộ", ["Role"] = role,
        ["UnitId"] = unitId?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "", ["Password"] = password,
    };

    [Fact]
    public async Task Created_unit_staff_signs_in_and_lands_on_the_home_of_its_unit()
    {
        using var admin = await factory.SignInAsync("quantri");
        var unitId = await UnitIdAsync("THON01");
        var unitName = await factory.WithDbAsync(db => db.Units.Where(u => u.Id == unitId).Select(u => u.Name).FirstAsync());

        var list = await admin.FollowAsync(await admin.SubmitFormAsync("/quan-tri/nguoi-dung/tao-moi", NewUser("thon01.moi", "UnitStaff", unitId)));

        Assert.Equal("Đã tạo tài khoản thon01.moi.", list.FlashSuccess());
        using var staff = await factory.SignInAsync("thon01.moi", Passphrase);
        var home = await staff.GetPageAsync("/");
        Assert.Equal(unitName, home.TextOf("[data-testid=home-heading]"));
        var row = (await admin.GetPageAsync("/quan-tri/nguoi-dung?q=thon01.moi")).QuerySelector("tr[data-user='thon01.moi']");
        Assert.NotNull(row);
        Assert.Contains("Cán bộ đơn vị", row.TextContent, StringComparison.Ordinal);
        Assert.Contains(unitName, row.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("password1234")]
    [InlineData("123456789012")]
    public async Task Common_passwords_are_refused(string password)
    {
        using var admin = await factory.SignInAsync("quantri");
        var before = await UserCountAsync();

        var response = await admin.SubmitFormAsync("/quan-tri/nguoi-dung/tao-moi", NewUser("pho.bien", "Leadership", null, password));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Mật khẩu này quá phổ biến, dễ bị đoán. Vui lòng chọn mật khẩu khác.", (await PortalClient.ParseAsync(response)).ValidationMessages());
        Assert.Equal(before, await UserCountAsync());
    }

    [Fact]
    public async Task Short_password_gets_the_12_character_message()
    {
        using var admin = await factory.SignInAsync("quantri");

        var response = await admin.SubmitFormAsync("/quan-tri/nguoi-dung/tao-moi", NewUser("ngan.qua", "Leadership", null, "ngan-qua"));

        Assert.Contains("Mật khẩu phải có ít nhất 12 ký tự.", (await PortalClient.ParseAsync(response)).ValidationMessages());
    }

    [Fact]
    public async Task Unit_is_required_for_unit_staff_and_refused_for_other_roles()
    {
        using var admin = await factory.SignInAsync("quantri");
        var before = await UserCountAsync();

        var noUnit = await PortalClient.ParseAsync(await admin.SubmitFormAsync("/quan-tri/nguoi-dung/tao-moi", NewUser("thieu.donvi", "UnitStaff", null)));
        var withUnit = await PortalClient.ParseAsync(await admin.SubmitFormAsync("/quan-tri/nguoi-dung/tao-moi", NewUser("thua.donvi", "CultureOffice", await UnitIdAsync("HPN"))));

        Assert.Contains("Cán bộ đơn vị phải thuộc một đơn vị: vui lòng chọn Đơn vị.", noUnit.ValidationMessages());
        Assert.Contains("Chỉ cán bộ đơn vị mới gắn với đơn vị; với vai trò này hãy để trống Đơn vị.", withUnit.ValidationMessages());
        Assert.Equal(before, await UserCountAsync());
    }

    [Fact]
    public async Task Overlong_user_name_gets_a_vietnamese_message_and_nothing_is_stored()
    {
        using var admin = await factory.SignInAsync("quantri");
        var before = await UserCountAsync();

        var response = await admin.SubmitFormAsync("/quan-tri/nguoi-dung/tao-moi", NewUser(new string('a', 300), "Leadership", null));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Tên đăng nhập không được dài quá 100 ký tự.", (await PortalClient.ParseAsync(response)).ValidationMessages());
        Assert.Equal(before, await UserCountAsync());
    }

    [Fact]
    public async Task Locked_user_cannot_sign_in_until_unlocked()
    {
        using var admin = await factory.SignInAsync("quantri");
        var id = await UserIdAsync("vhxh2");

        var list = await admin.FollowAsync(await admin.SubmitFormAsync("/quan-tri/nguoi-dung?q=vhxh2", new Dictionary<string, string?>(), $"form[action='/quan-tri/nguoi-dung/{id}/khoa']"));

        Assert.Equal("Đã khóa tài khoản vhxh2.", list.FlashSuccess());
        Assert.Equal("Đã khóa", (await admin.GetPageAsync("/quan-tri/nguoi-dung?q=vhxh2")).TextOf("tr[data-user=vhxh2] [data-testid=state]"));
        var refused = await factory.CreatePortalClient().SubmitFormAsync("/tai-khoan/dang-nhap", new Dictionary<string, string?> { ["UserName"] = "vhxh2", ["Password"] = PortalFactory.DemoPassword });
        Assert.Contains("Tài khoản đã bị quản trị hệ thống khóa", string.Join(" ", (await PortalClient.ParseAsync(refused)).ValidationMessages()), StringComparison.Ordinal);

        await admin.FollowAsync(await admin.SubmitFormAsync("/quan-tri/nguoi-dung?q=vhxh2", new Dictionary<string, string?>(), $"form[action='/quan-tri/nguoi-dung/{id}/mo-khoa']"));

        using var again = await factory.SignInAsync("vhxh2");
        Assert.Equal("Hoạt động", (await admin.GetPageAsync("/quan-tri/nguoi-dung?q=vhxh2")).TextOf("tr[data-user=vhxh2] [data-testid=state]"));
    }

    [Fact]
    public async Task Lock_asks_for_confirmation_and_the_admin_cannot_lock_himself()
    {
        using var admin = await factory.SignInAsync("quantri");
        var id = await UserIdAsync("quantri");
        var page = await admin.GetPageAsync("/quan-tri/nguoi-dung?q=quantri");
        Assert.Contains("Khóa tài khoản quantri?", page.QuerySelector($"form[action='/quan-tri/nguoi-dung/{id}/khoa']")!.GetAttribute("data-confirm"), StringComparison.Ordinal);

        var after = await admin.FollowAsync(await admin.SubmitFormAsync("/quan-tri/nguoi-dung?q=quantri", new Dictionary<string, string?>(), $"form[action='/quan-tri/nguoi-dung/{id}/khoa']"));

        Assert.Equal("Bạn không thể tự khóa tài khoản của chính mình.", after.TextOf(".alert-danger"));
        Assert.Null(await factory.WithDbAsync(db => db.Users.Where(u => u.Id == id).Select(u => u.LockoutEnd).FirstAsync()));
    }

    [Fact]
    public async Task Reset_password_replaces_the_old_one()
    {
        using var admin = await factory.SignInAsync("quantri");
        var id = await UserIdAsync("dtn.canbo");

        var list = await admin.FollowAsync(await admin.SubmitFormAsync($"/quan-tri/nguoi-dung/{id}/dat-lai-mat-khau", new Dictionary<string, string?> { ["NewPassword"] = Passphrase }));

        Assert.Equal("Đã đặt lại mật khẩu cho tài khoản dtn.canbo.", list.FlashSuccess());
        using var withNew = await factory.SignInAsync("dtn.canbo", Passphrase);
        await Assert.ThrowsAsync<InvalidOperationException>(() => factory.SignInAsync("dtn.canbo"));
    }

    [Fact]
    public async Task Edit_changes_role_and_unit()
    {
        using var admin = await factory.SignInAsync("quantri");
        var id = await UserIdAsync("lanhdao");
        var hpn = await UnitIdAsync("HPN");

        await admin.FollowAsync(await admin.SubmitFormAsync($"/quan-tri/nguoi-dung/{id}/sua", new Dictionary<string, string?> { ["Role"] = "UnitStaff", ["UnitId"] = hpn.ToString(System.Globalization.CultureInfo.InvariantCulture), ["FullName"] = "Trần Văn Mới" }));

        var stored = await factory.WithDbAsync(db => db.Users.Where(u => u.Id == id).Select(u => new { u.FullName, u.UnitId }).FirstAsync());
        Assert.Equal(("Trần Văn Mới", hpn), (stored.FullName, stored.UnitId));
        var roles = await factory.WithDbAsync(db => db.UserRoles.Where(r => r.UserId == id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => r.Name).ToListAsync());
        Assert.Equal(["UnitStaff"], roles);
    }

    [Fact]
    public async Task List_filters_by_role()
    {
        using var admin = await factory.SignInAsync("quantri");

        var page = await admin.GetPageAsync("/quan-tri/nguoi-dung?role=CultureOffice");

        var names = page.QuerySelectorAll("tr[data-user]").Select(r => r.GetAttribute("data-user")).ToList();
        Assert.Contains("vhxh", names);
        Assert.DoesNotContain("quantri", names);
        Assert.DoesNotContain("hpn.canbo", names);
    }
}
