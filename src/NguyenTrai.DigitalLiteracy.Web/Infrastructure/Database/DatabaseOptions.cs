namespace NguyenTrai.DigitalLiteracy.Web.Infrastructure.Database;

/// <summary>The "Database" section: which provider, and whether migrations run at start-up.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    /// <summary>"Sqlite" (embedded default) or "SqlServer" (production).</summary>
    public string Provider { get; set; } = DatabaseProviders.Sqlite;

    public bool MigrateOnStartup { get; set; } = true;

    /// <summary>Demo accounts and entries; on in Development only unless set explicitly.</summary>
    public bool? SeedDemoData { get; set; }
}

public static class DatabaseProviders
{
    public const string Sqlite = "Sqlite";
    public const string SqlServer = "SqlServer";
}
