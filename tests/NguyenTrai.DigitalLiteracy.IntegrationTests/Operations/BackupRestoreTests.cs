using System.Diagnostics;
using System.IO.Compression;
using System.Net;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using NguyenTrai.DigitalLiteracy.IntegrationTests.Evidence;
using NguyenTrai.DigitalLiteracy.TestSupport;
using Xunit.Abstractions;

namespace NguyenTrai.DigitalLiteracy.IntegrationTests.Operations;

/// <summary>
/// The drill of docs/operations/backups.md, with the real executable: back up while the portal runs, change data and
/// evidence, stop the portal, restore, start it again and find the state of the backup whole.
/// </summary>
public sealed class BackupRestoreTests(ITestOutputHelper output)
{
    private sealed record Snapshot(Dictionary<string, int> Rows, string UnitName, string EvidenceSha256);

    [Fact]
    public async Task Backup_then_changes_then_restore_gives_back_the_old_state_whole()
    {
        using var owner = new PortalFactory(); // owns the database file and evidence folder; never started itself
        var folder = Path.GetDirectoryName(owner.DatabasePath)!;
        var evidenceFolder = Path.Combine(folder, "evidence");
        var zip = Path.Combine(folder, "sao-luu", "portal-backup.zip");

        Snapshot before;
        string evidenceFile;
        using (var portal = new SecondInstance(owner))
        {
            using var staff = await portal.SignInAsync("hpn.canbo");
            var entryId = await EvidenceArrange.TrainingEntryAsync(portal, "HPN");
            Assert.Equal(HttpStatusCode.Redirect, (await EvidenceArrange.UploadAsync(staff, entryId, SampleFiles.Pdf, "danh-sach-diem-danh.pdf", "application/pdf")).StatusCode);
            evidenceFile = Directory.GetFiles(evidenceFolder, "*", SearchOption.AllDirectories).Single();
            before = await SnapshotAsync(portal, evidenceFile);

            // Online: the portal keeps running while the backup is taken.
            Assert.Equal(0, await RunPortalAsync(owner, "--backup", zip));

            await portal.WithDbAsync(async db =>
            {
                await db.Units.Where(u => u.Code == "THON01").ExecuteUpdateAsync(s => s.SetProperty(u => u.Name, "Tên đã bị sửa sau sao lưu"));
                await db.Attachments.Where(a => a.EntryId == entryId).ExecuteDeleteAsync();
                await db.Entries.Where(e => e.Id == entryId).ExecuteDeleteAsync();
            });
            File.Delete(evidenceFile);
            var laterEntry = await EvidenceArrange.TrainingEntryAsync(portal, "HPN");
            Assert.Equal(HttpStatusCode.Redirect, (await EvidenceArrange.UploadAsync(staff, laterEntry, SampleFiles.Png, "anh-sau-sao-luu.png", "image/png")).StatusCode);
            var changed = await SnapshotAsync(portal, evidenceFile);
            Assert.NotEqual(before.UnitName, changed.UnitName);
            Assert.Equal("", changed.EvidenceSha256);
            Assert.Equal(before.Rows["Entries"], changed.Rows["Entries"]); // one deleted, one added
        }

        using (var archive = ZipFile.OpenRead(zip))
        {
            Assert.Equal(["evidence/" + Path.GetRelativePath(evidenceFolder, evidenceFile).Replace('\\', '/'), "manifest.json", "portal.db"],
                archive.Entries.Select(e => e.FullName).Order(StringComparer.Ordinal));
        }

        Assert.Equal(0, await RunPortalAsync(owner, "--restore", zip));

        using var restarted = new SecondInstance(owner);
        var after = await SnapshotAsync(restarted, evidenceFile);
        Assert.Equal(before.Rows, after.Rows);
        Assert.Equal(before.UnitName, after.UnitName);
        Assert.Equal(before.EvidenceSha256, after.EvidenceSha256);
        Assert.Single(Directory.GetFiles(evidenceFolder, "*", SearchOption.AllDirectories));
        using var leader = await restarted.SignInAsync("lanhdao");
        Assert.Equal(HttpStatusCode.OK, (await leader.GetAsync("/")).StatusCode);
    }

    private static async Task<Snapshot> SnapshotAsync(PortalFactory portal, string? evidenceFile) =>
        await portal.WithDbAsync(async db => new Snapshot(
            new Dictionary<string, int>
            {
                ["Entries"] = await db.Entries.IgnoreQueryFilters().CountAsync(),
                ["Attachments"] = await db.Attachments.CountAsync(),
                ["Units"] = await db.Units.CountAsync(),
                ["Users"] = await db.Users.CountAsync(),
                ["UnitReports"] = await db.UnitReports.CountAsync(),
                ["AuditEntries"] = await db.AuditEntries.CountAsync(),
            },
            await db.Units.Where(u => u.Code == "THON01").Select(u => u.Name).SingleAsync(),
            evidenceFile is not null && File.Exists(evidenceFile) ? Convert.ToHexString(SHA256.HashData(await File.ReadAllBytesAsync(evidenceFile))) : ""));

    /// <summary>dotnet NguyenTrai.DigitalLiteracy.Web.dll --backup|--restore file, configured as docs/operations/backups.md says.</summary>
    private async Task<int> RunPortalAsync(PortalFactory owner, string mode, string file)
    {
        var folder = Path.GetDirectoryName(owner.DatabasePath)!;
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "NguyenTrai.DigitalLiteracy.Web.dll"), mode, file })
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        start.Environment["Database__Provider"] = "Sqlite";
        start.Environment["ConnectionStrings__Sqlite"] = $"Data Source={owner.DatabasePath}";
        start.Environment["Evidence__Folder"] = Path.Combine(folder, "evidence");
        start.Environment["Logging__Folder"] = Path.Combine(folder, "logs-cli");
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));
        output.WriteLine($"{mode}: exit {process.ExitCode}\n{await stdout}\n{await stderr}");
        return process.ExitCode;
    }
}
