using Microsoft.AspNetCore.Identity;
using NguyenTrai.DigitalLiteracy.Data.Identity;
using NguyenTrai.DigitalLiteracy.Domain.Users;

namespace NguyenTrai.DigitalLiteracy.Web.Infrastructure.Seeding;

/// <summary>
/// Production has no default password. The first administrator comes from the command line
/// (<c>--create-admin &lt;user&gt;</c> with the password in PORTAL_ADMIN_PASSWORD) or from the
/// Bootstrap:AdminUserName / Bootstrap:AdminPassword settings (environment Bootstrap__AdminUserName ...).
/// </summary>
public static class AdminBootstrap
{
    /// <returns>True when the process was started only to create the administrator and should exit.</returns>
    public static async Task<bool> TryRunFromCommandLineAsync(WebApplication app, string[] args)
    {
        var index = Array.IndexOf(args, "--create-admin");
        var fromCommandLine = index >= 0;
        var userName = fromCommandLine && index + 1 < args.Length ? args[index + 1] : app.Configuration["Bootstrap:AdminUserName"];
        var password = fromCommandLine ? Environment.GetEnvironmentVariable("PORTAL_ADMIN_PASSWORD") : app.Configuration["Bootstrap:AdminPassword"];
        if (string.IsNullOrWhiteSpace(userName) || string.IsNullOrEmpty(password))
        {
            if (fromCommandLine)
            {
                Console.Error.WriteLine("Dùng: --create-admin <tên đăng nhập>, mật khẩu trong biến môi trường PORTAL_ADMIN_PASSWORD.");
            }

            return fromCommandLine;
        }

        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        if (await users.FindByNameAsync(userName) is null)
        {
            var admin = new ApplicationUser { UserName = userName, FullName = "Quản trị hệ thống", CreatedAtUtc = DateTime.UtcNow };
            var result = await users.CreateAsync(admin, password);
            if (!result.Succeeded)
            {
                throw new InvalidOperationException("Không tạo được tài khoản quản trị: " + string.Join("; ", result.Errors.Select(e => e.Description)));
            }

            await users.AddToRoleAsync(admin, Roles.Administrator);
            app.Logger.LogInformation("Created administrator {UserName}", userName);
        }

        return fromCommandLine;
    }
}
