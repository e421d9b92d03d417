using System.Diagnostics;
using System.Text.Json;

namespace NguyenTrai.DigitalLiteracy.BrowserTests.Crawl;

/// <summary>
/// The Nu Html Checker (vnu.jar from the npm package vnu-jar, restored by the build) over a batch of pages in one
/// Java process. Returns its error messages; null when Java or the jar is missing (the caller decides whether
/// that may be skipped).
/// </summary>
public static class NuHtmlChecker
{
    public static string? JarPath()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null)
        {
            var jar = Path.Combine(dir.FullName, "node_modules", "vnu-jar", "build", "dist", "vnu.jar");
            if (File.Exists(jar))
            {
                return jar;
            }

            dir = dir.Parent;
        }

        return null;
    }

    public static bool JavaAvailable()
    {
        try
        {
            using var java = Process.Start(new ProcessStartInfo("java", "-version") { RedirectStandardError = true, RedirectStandardOutput = true });
            java!.WaitForExit(30_000);
            return java.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }

    public static async Task<IReadOnlyList<string>> ErrorsAsync(string jar, IReadOnlyList<CrawledPage> pages)
    {
        var folder = Directory.CreateTempSubdirectory("vnu-");
        try
        {
            var names = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < pages.Count; i++)
            {
                var name = $"page{i:000}.html";
                await File.WriteAllTextAsync(Path.Combine(folder.FullName, name), pages[i].Html);
                names[name] = pages[i].Url;
            }

            var start = new ProcessStartInfo("java") { RedirectStandardError = true, RedirectStandardOutput = true };
            foreach (var arg in new[] { "-Xss8m", "-jar", jar, "--errors-only", "--format", "json", "--exit-zero-always" }.Concat(names.Keys.Select(n => Path.Combine(folder.FullName, n))))
            {
                start.ArgumentList.Add(arg);
            }

            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var report = await process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            await stdout;
            if (process.ExitCode != 0)
            {
                return [$"vnu.jar exited with {process.ExitCode}: {report} {await stdout}"];
            }

            if (string.IsNullOrWhiteSpace(report))
            {
                return []; // with --errors-only the checker prints nothing when every page is valid
            }

            using var json = JsonDocument.Parse(report);
            return [.. json.RootElement.GetProperty("messages").EnumerateArray()
                .Where(m => m.GetProperty("type").GetString() == "error")
                .Select(m => $"{names.GetValueOrDefault(Path.GetFileName(m.TryGetProperty("url", out var u) ? u.GetString() ?? "" : ""), "?")} line {(m.TryGetProperty("lastLine", out var l) ? l.GetInt32() : 0)}: {m.GetProperty("message").GetString()}")];
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
