using Microsoft.EntityFrameworkCore;
using NguyenTrai.DigitalLiteracy.Data;
using NguyenTrai.DigitalLiteracy.Web.Infrastructure.Database;

namespace NguyenTrai.DigitalLiteracy.Web.Infrastructure.Backups;

/// <summary>
/// <c>--backup &lt;file.zip&gt;</c> and <c>--restore &lt;file.zip&gt;</c>: the process does that and exits, like
/// <c>--create-admin</c>. SQLite: an online backup of the database plus the evidence folder in one zip (see
/// <see cref="SqliteBackup"/>). SQL Server: <c>BACKUP DATABASE … COPY_ONLY</c> on the server; restoring is a DBA's
/// job and the command is printed (docs/operations/backups.md).
/// </summary>
public static class BackupCommands
{
    /// <returns>Null when neither option was given (the portal starts); otherwise the process exit code.</returns>
    public static async Task<int?> TryRunAsync(WebApplication app, string[] args)
    {
        var backup = Array.IndexOf(args, "--backup");
        var restore = Array.IndexOf(args, "--restore");
        if (backup < 0 && restore < 0)
        {
            return null;
        }

        var index = backup >= 0 ? backup : restore;
        if (index + 1 >= args.Length || args[index + 1].StartsWith("--", StringComparison.Ordinal))
        {
            await Console.Error.WriteLineAsync("Dùng: --backup <tệp.zip> để sao lưu, hoặc --restore <tệp.zip> để khôi phục (dừng cổng thông tin trước).");
            return 2;
        }

        var file = Path.GetFullPath(args[index + 1]);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var provider = app.Configuration.GetValue("Database:Provider", DatabaseProviders.Sqlite);
        try
        {
            if (provider == DatabaseProviders.SqlServer)
            {
                return backup >= 0 ? await SqlServerBackup.BackupAsync(db, file, EvidenceFolderOf(app)) : SqlServerBackup.PrintRestore(db, file);
            }

            var sqlite = new SqliteBackup(db.Database.GetConnectionString()!, EvidenceFolderOf(app), app.Services.GetRequiredService<TimeProvider>());
            var summary = backup >= 0 ? await sqlite.BackupAsync(file) : await sqlite.RestoreAsync(file);
            await Console.Out.WriteLineAsync(summary);
            return 0;
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException or UnauthorizedAccessException or Microsoft.Data.Sqlite.SqliteException or InvalidOperationException)
        {
            await Console.Error.WriteLineAsync($"{(backup >= 0 ? "Sao lưu" : "Khôi phục")} không thành công: {ex.Message}");
            return 1;
        }
    }

    /// <summary>The evidence folder when files are kept on disk; null when they are in the database (then inside its backup).</summary>
    private static string? EvidenceFolderOf(WebApplication app)
    {
        if (string.Equals(app.Configuration["Evidence:Store"], "Database", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var folder = app.Configuration["Evidence:Folder"] ?? "App_Data/evidence";
        return Path.IsPathRooted(folder) ? folder : Path.Combine(app.Environment.ContentRootPath, folder);
    }
}
