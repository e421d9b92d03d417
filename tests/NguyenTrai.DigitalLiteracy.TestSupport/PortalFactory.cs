using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using NguyenTrai.DigitalLiteracy.Data;

namespace NguyenTrai.DigitalLiteracy.TestSupport;

/// <summary>
/// The real portal on a real SQLite file with migrations applied and the ward's data seeded (demo accounts
/// and entries included). Each factory gets its own copy of a template database, so tests never share state.
/// The clock is a <see cref="FakeTimeProvider"/> set to 25/11/2026 10:00 in the ward (03:00 UTC).
/// </summary>
public class PortalFactory : WebApplicationFactory<Program>
{
    public static readonly DateTimeOffset DefaultNow = new(2026, 11, 25, 3, 0, 0, TimeSpan.Zero);

    private readonly string folder = Path.Combine(Path.GetTempPath(), "nguyentrai-tests", Guid.NewGuid().ToString("N"));

    public PortalFactory()
    {
        Directory.CreateDirectory(folder);
        DatabasePath = Path.Combine(folder, "portal.db");
        LogFolder = Path.Combine(folder, "logs");
        TemplateDatabase.CopyTo(DatabasePath);
    }

    /// <summary>A host on <paramref name="databasePath"/> as it is (a new file is migrated and seeded at start); <see cref="TemplateDatabase"/> builds the template so.</summary>
    protected internal PortalFactory(string databasePath)
    {
        DatabasePath = databasePath;
        LogFolder = Path.Combine(Path.GetDirectoryName(DatabasePath)!, "logs");
    }

    /// <summary>
    /// A second instance of the same deployment: the other factory's database file and evidence folder, its own
    /// log folder and clock. The first factory owns (and deletes) the files. See <see cref="SecondInstance"/>.
    /// </summary>
    protected PortalFactory(PortalFactory sameDatabaseAs)
        : this(sameDatabaseAs.DatabasePath)
    {
        LogFolder = Path.Combine(Path.GetDirectoryName(DatabasePath)!, "logs-" + Guid.NewGuid().ToString("N"));
    }

    public string DatabasePath { get; }

    /// <summary>Where this instance's rolling log file is written.</summary>
    public string LogFolder { get; }

    public FakeTimeProvider Clock { get; } = new(DefaultNow);

    /// <summary>Extra settings a test class wants (e.g. a smaller upload limit).</summary>
    protected virtual IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        // Outside Development the host expects published assets; serve them from the build output as in dev.
        builder.UseStaticWebAssets();
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("ConnectionStrings:Sqlite", $"Data Source={DatabasePath}");
        builder.UseSetting("Database:SeedDemoData", "true");
        builder.UseSetting("Evidence:Folder", Path.Combine(Path.GetDirectoryName(DatabasePath)!, "evidence"));
        builder.UseSetting("Logging:Folder", Path.Combine(Path.GetDirectoryName(DatabasePath)!, "logs"));
        // The test clock (25/11) is 19 days before Tháng 12/2026 ends; most workflow tests send that month's report, so
        // sending opens with the window here. SubmissionWindowTests run the product default (3 days) and check it.
        builder.UseSetting("Reporting:SubmissionOpensDaysBeforeEnd", "31");
        builder.UseSetting("Logging:Folder", LogFolder);
        // Every test client signs in from the same (absent) address within seconds; the limit tests set their own.
        builder.UseSetting("RateLimiting:SignInPerClientPerMinute", "100000");
        builder.UseSetting("RateLimiting:SignInPerAccountPerMinute", "100000");
        builder.UseSetting("RateLimiting:VerificationPerClientPerMinute", "100000");
        foreach (var (key, value) in ExtraSettings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(Clock);
        });
    }

    /// <summary>A scope for arranging or asserting directly against the database.</summary>
    public async Task WithDbAsync(Func<AppDbContext, Task> action)
    {
        await using var scope = Services.CreateAsyncScope();
        await action(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    public async Task<T> WithDbAsync<T>(Func<AppDbContext, Task<T>> action)
    {
        await using var scope = Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    /// <summary>A client that keeps cookies and does not follow redirects, so tests see 302s and 403s as they are.</summary>
    public PortalClient CreatePortalClient() =>
        new(CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));

    public async Task<PortalClient> SignInAsync(string userName, string? password = null)
    {
        var client = CreatePortalClient();
        await client.SignInAsync(userName, password ?? DemoPassword);
        return client;
    }

    public const string DemoPassword = Web.Infrastructure.Seeding.DemoAccountsNotice.Password;

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
                // A file still held open by a background thread; the temp folder is cleaned by the OS.
            }
        }
    }
}

/// <summary>Another instance of the portal on <paramref name="first"/>'s database (two servers, one database).</summary>
public class SecondInstance(PortalFactory first) : PortalFactory(first);
