using Microsoft.Data.SqlClient;
using Microsoft.EntityFrameworkCore;
using NguyenTrai.DigitalLiteracy.Data;

namespace NguyenTrai.DigitalLiteracy.Web.Infrastructure.Backups;

/// <summary>
/// On SQL Server the database server makes the backup (the file path is on the server's disk): a COPY_ONLY full
/// backup, so the DBA's backup chain (full, differential, log) is not disturbed. Restoring replaces a database other
/// sessions use; the portal prints the command for the DBA instead of running it.
/// </summary>
public static class SqlServerBackup
{
    public static string BackupCommand(string database, string file) =>
        $"BACKUP DATABASE [{database.Replace("]", "]]", StringComparison.Ordinal)}] TO DISK = N'{file.Replace("'", "''", StringComparison.Ordinal)}' WITH COPY_ONLY, COMPRESSION, CHECKSUM, INIT";

    public static string RestoreCommand(string database, string file) =>
        $"ALTER DATABASE [{database.Replace("]", "]]", StringComparison.Ordinal)}] SET SINGLE_USER WITH ROLLBACK IMMEDIATE;\n"
        + $"RESTORE DATABASE [{database.Replace("]", "]]", StringComparison.Ordinal)}] FROM DISK = N'{file.Replace("'", "''", StringComparison.Ordinal)}' WITH REPLACE, CHECKSUM;\n"
        + $"ALTER DATABASE [{database.Replace("]", "]]", StringComparison.Ordinal)}] SET MULTI_USER;";

    public static async Task<int> BackupAsync(AppDbContext db, string file, string? evidenceFolder)
    {
        var database = new SqlConnectionStringBuilder(db.Database.GetConnectionString()).InitialCatalog;
        var command = BackupCommand(database, file);
        await Console.Out.WriteLineAsync(command);
        db.Database.SetCommandTimeout(TimeSpan.FromHours(1));
        await db.Database.ExecuteSqlRawAsync(command);
        await Console.Out.WriteLineAsync($"Đã sao lưu cơ sở dữ liệu {database} vào {file} (trên máy chủ SQL Server).");
        if (evidenceFolder is not null)
        {
            await Console.Out.WriteLineAsync($"Minh chứng lưu trong thư mục {evidenceFolder}: hãy sao lưu thư mục này cùng lúc (xem docs/operations/backups.md).");
        }

        return 0;
    }

    public static int PrintRestore(AppDbContext db, string file)
    {
        var database = new SqlConnectionStringBuilder(db.Database.GetConnectionString()).InitialCatalog;
        Console.WriteLine("Trên SQL Server, việc khôi phục do quản trị cơ sở dữ liệu thực hiện khi cổng thông tin đã dừng:");
        Console.WriteLine(RestoreCommand(database, file));
        return 3;
    }
}
