using NguyenTrai.DigitalLiteracy.Web.Infrastructure.Backups;

namespace NguyenTrai.DigitalLiteracy.UnitTests.Operations;

public sealed class SqlServerBackupTests
{
    [Fact]
    public void Backup_is_copy_only_compressed_and_checksummed_with_names_quoted() =>
        Assert.Equal(
            "BACKUP DATABASE [Cổng]]Phường] TO DISK = N'/var/opt/mssql/backup/it''s.bak' WITH COPY_ONLY, COMPRESSION, CHECKSUM, INIT",
            SqlServerBackup.BackupCommand("Cổng]Phường", "/var/opt/mssql/backup/it's.bak"));

    [Fact]
    public void Restore_takes_the_database_to_single_user_and_back()
    {
        var lines = SqlServerBackup.RestoreCommand("NguyenTraiDigitalLiteracy", "/backup/ntdl.bak").Split('\n');

        Assert.Equal(
        [
            "ALTER DATABASE [NguyenTraiDigitalLiteracy] SET SINGLE_USER WITH ROLLBACK IMMEDIATE;",
            "RESTORE DATABASE [NguyenTraiDigitalLiteracy] FROM DISK = N'/backup/ntdl.bak' WITH REPLACE, CHECKSUM;",
            "ALTER DATABASE [NguyenTraiDigitalLiteracy] SET MULTI_USER;",
        ], lines);
    }
}
