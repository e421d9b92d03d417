using System.Globalization;
using System.IO.Compression;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace NguyenTrai.DigitalLiteracy.Web.Infrastructure.Backups;

/// <summary>
/// One zip holds everything a SQLite installation needs: <c>portal.db</c> (SQLite's online backup API: a consistent
/// copy while the portal runs, WAL included), <c>evidence/…</c> (the evidence folder) and <c>manifest.json</c>
/// (when, which tables with how many rows, how many files). Restoring copies the database back through the same API
/// and replaces the evidence folder; what was there before is kept beside it (<c>*.before-restore-*</c>).
/// </summary>
public sealed class SqliteBackup(string connectionString, string? evidenceFolder, TimeProvider clock)
{
    private const string DatabaseEntry = "portal.db";
    private const string EvidencePrefix = "evidence/";
    private const string ManifestEntry = "manifest.json";
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public sealed record Manifest(int Format, DateTime CreatedUtc, string Provider, Dictionary<string, long> Rows, int EvidenceFiles);

    public async Task<string> BackupAsync(string zipPath)
    {
        var work = Directory.CreateTempSubdirectory("nguyentrai-backup-");
        try
        {
            var copy = Path.Combine(work.FullName, DatabaseEntry);
            using (var source = Open(connectionString))
            using (var destination = OpenFile(copy))
            {
                source.BackupDatabase(destination);
                Execute(destination, "PRAGMA journal_mode=DELETE;"); // a standalone file, no -wal beside it
            }

            var rows = CountRows(copy);
            var evidence = EvidenceFiles();
            var manifest = new Manifest(1, clock.GetUtcNow().UtcDateTime, "Sqlite", rows, evidence.Count);
            var partial = zipPath + ".partial";
            Directory.CreateDirectory(Path.GetDirectoryName(zipPath)!);
            using (var zip = ZipFile.Open(partial, ZipArchiveMode.Create))
            {
                zip.CreateEntryFromFile(copy, DatabaseEntry, CompressionLevel.Optimal);
                foreach (var file in evidence)
                {
                    zip.CreateEntryFromFile(file, EvidencePrefix + Path.GetRelativePath(evidenceFolder!, file).Replace('\\', '/'), CompressionLevel.Fastest);
                }

                await using var writer = new StreamWriter(zip.CreateEntry(ManifestEntry).Open());
                await writer.WriteAsync(JsonSerializer.Serialize(manifest, Indented));
            }

            File.Move(partial, zipPath, overwrite: true);
            return $"Đã sao lưu vào {zipPath}: {rows.Count} bảng, {rows.Values.Sum():N0} dòng, {evidence.Count} tệp minh chứng ({new FileInfo(zipPath).Length:N0} byte).";
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            work.Delete(recursive: true);
        }
    }

    /// <summary>Stop the portal first: the sessions and caches of a running one would outlive the data they belong to.</summary>
    public async Task<string> RestoreAsync(string zipPath)
    {
        var work = Directory.CreateTempSubdirectory("nguyentrai-restore-");
        try
        {
            ZipFile.ExtractToDirectory(zipPath, work.FullName); // refuses entries that would land outside the folder
            var manifestPath = Path.Combine(work.FullName, ManifestEntry);
            var copy = Path.Combine(work.FullName, DatabaseEntry);
            if (!File.Exists(manifestPath) || !File.Exists(copy))
            {
                throw new InvalidDataException("Tệp không phải bản sao lưu của cổng thông tin (thiếu manifest.json hoặc portal.db).");
            }

            var manifest = JsonSerializer.Deserialize<Manifest>(await File.ReadAllTextAsync(manifestPath))
                ?? throw new InvalidDataException("manifest.json không đọc được.");
            using (var check = OpenFile(copy))
            {
                var integrity = Scalar(check, "PRAGMA integrity_check;");
                if (integrity != "ok")
                {
                    throw new InvalidDataException($"Cơ sở dữ liệu trong bản sao lưu bị hỏng: {integrity}");
                }
            }

            var stamp = clock.GetUtcNow().UtcDateTime.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);
            var live = new SqliteConnectionStringBuilder(connectionString).DataSource;
            var keptDatabase = $"{live}.before-restore-{stamp}";
            if (File.Exists(live))
            {
                using var current = Open(connectionString);
                using var aside = OpenFile(keptDatabase);
                current.BackupDatabase(aside);
                Execute(aside, "PRAGMA journal_mode=DELETE;");
            }

            using (var source = OpenFile(copy))
            using (var target = Open(connectionString))
            {
                source.BackupDatabase(target);
                Execute(target, "PRAGMA wal_checkpoint(TRUNCATE);");
            }

            var keptEvidence = RestoreEvidence(Path.Combine(work.FullName, "evidence"), stamp);
            var rows = CountRows(live);
            var differences = manifest.Rows.Where(r => rows.GetValueOrDefault(r.Key) != r.Value).Select(r => r.Key).ToList();
            if (differences.Count > 0)
            {
                throw new InvalidDataException("Sau khi khôi phục, số dòng không khớp bản sao lưu ở các bảng: " + string.Join(", ", differences));
            }

            return $"Đã khôi phục bản sao lưu ngày {manifest.CreatedUtc:dd/MM/yyyy HH:mm} (UTC): {rows.Values.Sum():N0} dòng, {manifest.EvidenceFiles} tệp minh chứng. "
                + $"Dữ liệu trước khi khôi phục được giữ ở {keptDatabase}" + (keptEvidence is null ? "." : $" và {keptEvidence}.");
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            work.Delete(recursive: true);
        }
    }

    private string? RestoreEvidence(string extracted, string stamp)
    {
        if (evidenceFolder is null)
        {
            return null;
        }

        string? kept = null;
        if (Directory.Exists(evidenceFolder))
        {
            kept = $"{evidenceFolder.TrimEnd(Path.DirectorySeparatorChar)}.before-restore-{stamp}";
            Directory.Move(evidenceFolder, kept);
        }

        Directory.CreateDirectory(evidenceFolder);
        if (Directory.Exists(extracted))
        {
            foreach (var file in Directory.EnumerateFiles(extracted, "*", SearchOption.AllDirectories))
            {
                var target = Path.Combine(evidenceFolder, Path.GetRelativePath(extracted, file));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Move(file, target);
            }
        }

        return kept;
    }

    private List<string> EvidenceFiles() =>
        evidenceFolder is not null && Directory.Exists(evidenceFolder)
            ? [.. Directory.EnumerateFiles(evidenceFolder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal)]
            : [];

    private static Dictionary<string, long> CountRows(string databasePath)
    {
        using var connection = Open(new SqliteConnectionStringBuilder { DataSource = databasePath, Mode = SqliteOpenMode.ReadOnly }.ToString());
        var tables = new List<string>();
        using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name;";
            using var reader = list.ExecuteReader();
            while (reader.Read())
            {
                tables.Add(reader.GetString(0));
            }
        }

        return tables.ToDictionary(t => t, t => Convert.ToInt64(Scalar(connection, $"SELECT COUNT(*) FROM \"{t.Replace("\"", "\"\"", StringComparison.Ordinal)}\";"), CultureInfo.InvariantCulture));
    }

    private static SqliteConnection OpenFile(string path) => Open(new SqliteConnectionStringBuilder { DataSource = path }.ToString());

    private static SqliteConnection Open(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString) { Pooling = false };
        var connection = new SqliteConnection(builder.ToString());
        connection.Open();
        Execute(connection, "PRAGMA busy_timeout=10000;");
        return connection;
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static string? Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }
}
