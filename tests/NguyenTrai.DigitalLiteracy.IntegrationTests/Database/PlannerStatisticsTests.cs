using Microsoft.Data.Sqlite;
using NguyenTrai.DigitalLiteracy.TestSupport;

namespace NguyenTrai.DigitalLiteracy.IntegrationTests.Database;

/// <summary>SQLite plans with statistics: the portal refreshes them at start-up (without them a year's initiative
/// statuses scan every unit's entries of each month instead of seeking per unit and month).</summary>
public sealed class PlannerStatisticsTests
{
    [Fact]
    public async Task Start_up_leaves_statistics_for_the_entries_and_frozen_figures()
    {
        await using var portal = new PortalFactory();
        portal.CreateClient().Dispose();

        await using var connection = new SqliteConnection($"Data Source={portal.DatabasePath};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT tbl, COUNT(*) FROM sqlite_stat1 WHERE tbl IN ('Entries', 'ApprovedFigures', 'UnitReports') GROUP BY tbl ORDER BY tbl";
        var tables = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
                Assert.True(reader.GetInt64(1) > 0);
            }
        }

        Assert.Equal(["ApprovedFigures", "Entries", "UnitReports"], tables);
    }
}
