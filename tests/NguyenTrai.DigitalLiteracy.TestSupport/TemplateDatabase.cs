using Microsoft.Data.Sqlite;

namespace NguyenTrai.DigitalLiteracy.TestSupport;

/// <summary>
/// Migrating and seeding takes a couple of seconds; it is done once per test run into a template file that
/// every <see cref="PortalFactory"/> copies.
/// </summary>
internal static class TemplateDatabase
{
    private static readonly Lazy<string> Template = new(Build, LazyThreadSafetyMode.ExecutionAndPublication);

    public static void CopyTo(string path) => File.Copy(Template.Value, path, overwrite: true);

    private static string Build()
    {
        var folder = Path.Combine(Path.GetTempPath(), "nguyentrai-tests", "template-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, "template.db");
        using (var factory = new TemplateBuilder(path))
        {
            // Starting the host runs the migrations and the seeders.
            using var client = factory.CreateClient();
        }

        // Fold the WAL into the main file so a plain file copy carries everything.
        using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA wal_checkpoint(TRUNCATE); PRAGMA journal_mode=DELETE;";
            command.ExecuteNonQuery();
        }

        SqliteConnection.ClearAllPools();
        return path;
    }

    private sealed class TemplateBuilder(string path) : PortalFactory(path);
}
