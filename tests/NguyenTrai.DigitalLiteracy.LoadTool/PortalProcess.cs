using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace NguyenTrai.DigitalLiteracy.LoadTool;

/// <summary>
/// The portal as it is deployed: its own Release build, its own process, Production environment, Kestrel on a
/// loopback port, SQLite in a fresh folder. Only the process this tool started is ever stopped.
/// </summary>
public sealed class PortalProcess : IAsyncDisposable
{
    private readonly string webDll;
    private readonly string contentRoot;
    private Process? server;

    public PortalProcess(string folder, string configuration)
    {
        Folder = folder;
        var root = RepositoryRoot();
        contentRoot = Path.Combine(root, "src", "NguyenTrai.DigitalLiteracy.Web");
        webDll = Path.Combine(contentRoot, "bin", configuration, "net10.0", "NguyenTrai.DigitalLiteracy.Web.dll");
        if (!File.Exists(webDll))
        {
            throw new FileNotFoundException($"Build the portal first: dotnet build -c {configuration} tests/NguyenTrai.DigitalLiteracy.LoadTool", webDll);
        }
    }

    public string Folder { get; }

    public string DatabasePath => Path.Combine(Folder, "portal.db");

    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    /// <summary>Migrates and seeds the demo ward (Testing environment: demo data is refused in Production), then exits.</summary>
    public async Task PrepareAsync()
    {
        using var process = Start(["--create-admin", "taithu.quantri"], "Testing", new()
        {
            ["Database__SeedDemoData"] = "true",
            ["Jobs__Enabled"] = "false",
            ["PORTAL_ADMIN_PASSWORD"] = "sóng vỗ bờ đê Lạch Tray " + Guid.NewGuid().ToString("N")[..8],
        });
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(3));
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"Preparing the database failed (exit {process.ExitCode}).");
        }
    }

    public async Task StartAsync()
    {
        var port = FreePort();
        BaseAddress = new Uri($"http://127.0.0.1:{port}/");
        server = Start([], "Production", new()
        {
            ["ASPNETCORE_URLS"] = BaseAddress.ToString().TrimEnd('/'),
            // 60 virtual users all come from 127.0.0.1 and sign in within seconds; real users come from many addresses.
            ["RateLimiting__SignInPerClientPerMinute"] = "1000",
            // Deadline day is the last day of the month being recorded: "Gửi báo cáo" is open for that month whatever
            // today's date is when the tool runs (the ward setting, default 3 days before the window ends).
            ["Reporting__SubmissionOpensDaysBeforeEnd"] = "31",
        });
        using var probe = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        for (var attempt = 0; attempt < 120; attempt++)
        {
            try
            {
                if ((await probe.GetAsync(new Uri("/healthz", UriKind.Relative))).StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }

            if (server.HasExited)
            {
                throw new InvalidOperationException($"The portal exited at start (code {server.ExitCode}).");
            }

            await Task.Delay(500);
        }

        throw new TimeoutException("The portal did not answer /healthz within 60 s.");
    }

    /// <summary>SIGTERM, as systemd stops it: the host shuts down in order and SQLite's connections close.</summary>
    public async Task StopAsync()
    {
        if (server is null || server.HasExited)
        {
            return;
        }

        using (var kill = Process.Start("kill", ["-TERM", server.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }

        await server.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        server?.Dispose();
    }

    private Process Start(string[] args, string environment, Dictionary<string, string> settings)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = contentRoot, UseShellExecute = false, RedirectStandardOutput = true };
        start.ArgumentList.Add(webDll);
        start.ArgumentList.Add("--contentRoot");
        start.ArgumentList.Add(contentRoot);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = environment;
        start.Environment["Database__Provider"] = "Sqlite";
        start.Environment["ConnectionStrings__Sqlite"] = $"Data Source={DatabasePath}";
        start.Environment["Evidence__Folder"] = Path.Combine(Folder, "evidence");
        start.Environment["Logging__Folder"] = Path.Combine(Folder, "logs");
        foreach (var (key, value) in settings)
        {
            start.Environment[key] = value;
        }

        var process = Process.Start(start)!;
        // The portal logs every request to the console too; read it so the pipe never fills (the file has it all).
        _ = Task.Run(async () =>
        {
            while (await process.StandardOutput.ReadLineAsync() is not null)
            {
            }
        });
        return process;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "NguyenTrai.DigitalLiteracy.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("NguyenTrai.DigitalLiteracy.sln not found above " + AppContext.BaseDirectory);
    }
}
