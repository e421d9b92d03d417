using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using NguyenTrai.DigitalLiteracy.TestSupport;
using NguyenTrai.DigitalLiteracy.Web.Infrastructure.Identity;

namespace NguyenTrai.DigitalLiteracy.IntegrationTests.Security;

/// <summary>The portal as deployed (Production): published, weak and personal passwords are refused as new passwords.</summary>
public sealed class PasswordPolicyTests(PasswordPolicyTests.ProductionPortal factory) : IClassFixture<PasswordPolicyTests.ProductionPortal>
{
    public sealed class ProductionPortal : PortalFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseEnvironment("Production");
        }
    }

    /// <summary>A first start in Production on an empty database, with demo data requested by mistake.</summary>
    private sealed class FreshProductionPortal(string path) : PortalFactory(path)
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseEnvironment("Production");
        }
    }

    private static Dictionary<string, string?> NewUser(string userName, string password) => new()
    {
        ["UserName"] = userName, ["FullName"] = "Nguyễn Văn Mới", ["JobTitle"] = "Chuyên viên", ["Role"] = "Leadership", ["UnitId"] = "", ["Password"] = password,
    };

    [Theory]
    [InlineData("HocVuSo-NguyenTrai-2025", PasswordPolicyValidator.PublishedMessage)]
    [InlineData("qwertyuiopas", PasswordPolicyValidator.WeakMessage)]
    [InlineData("           x", PasswordPolicyValidator.WeakMessage)]
    [InlineData("lanhdao.moi-Thu-Dong-2026", PasswordPolicyValidator.UserNameMessage)]
    [InlineData("Phuong-NguyenTrai@2026", PasswordPolicyValidator.WardNameMessage)]
    public async Task Refused_as_a_new_account_password_with_the_reason(string password, string message)
    {
        using var admin = await factory.SignInAsync("quantri");
        var before = await factory.WithDbAsync(db => db.Users.CountAsync());

        var response = await admin.SubmitFormAsync("/quan-tri/nguoi-dung/tao-moi", NewUser("lanhdao.moi", password));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, (await PortalClient.ParseAsync(response)).ValidationMessages());
        Assert.Equal(before, await factory.WithDbAsync(db => db.Users.CountAsync()));
    }

    [Fact]
    public async Task The_published_demo_password_cannot_be_chosen_when_changing_ones_own()
    {
        using var leader = await factory.SignInAsync("lanhdao");

        var response = await leader.SubmitFormAsync("/tai-khoan/doi-mat-khau", new Dictionary<string, string?>
        {
            ["CurrentPassword"] = PortalFactory.DemoPassword, ["NewPassword"] = "hocvuso NGUYENTRAI 2025", ["ConfirmPassword"] = "hocvuso NGUYENTRAI 2025",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(PasswordPolicyValidator.PublishedMessage, (await PortalClient.ParseAsync(response)).ValidationMessages());
    }

    [Fact]
    public async Task A_long_passphrase_is_accepted()
    {
        using var admin = await factory.SignInAsync("quantri");

        var response = await admin.SubmitFormAsync("/quan-tri/nguoi-dung/tao-moi", NewUser("lanhdao.hai", "sóng vỗ bờ đê Lạch Tray mùa nước lớn"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    [Fact]
    public async Task Production_never_seeds_demo_accounts_even_when_asked()
    {
        var folder = Directory.CreateTempSubdirectory("nguyentrai-production-");
        try
        {
            using (var fresh = new FreshProductionPortal(Path.Combine(folder.FullName, "portal.db")))
            {
                Assert.Equal(0, await fresh.WithDbAsync(db => db.Users.CountAsync()));
                Assert.True(await fresh.WithDbAsync(db => db.Units.AnyAsync()), "the ward's reference data is seeded");
            }
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
        }
    }
}
