using Microsoft.Data.Sqlite;

namespace NguyenTrai.DigitalLiteracy.Benchmarks;

/// <summary>
/// The aggregate queries the office dashboard needs, hand-written and run directly with Microsoft.Data.Sqlite:
/// the baseline the EF implementation is compared with.
/// </summary>
internal static class RawSql
{
    // Benchmarked windows are Decree 09 windows (whole months), so no date test is needed, as in CountedEntries.
    // Approved monthly report of the entry's unit for the entry's Decree 09 month (the official-figures rule).
    private const string Counted = """
        SELECT e.* FROM UnitReports r
        JOIN ReportingPeriods p ON p.Id = r.ReportingPeriodId
        JOIN Entries e ON e.UnitId = r.UnitId AND e.ReportingMonth = p.Year * 100 + p.Number
        WHERE r.Status = 4 AND p.Kind = 1 AND p.EndDate >= $start AND p.StartDate <= $end
          AND e.IsDeleted = 0
        """;

    private const string Sums = """
        SUM(EntryType = 1), SUM(CASE WHEN EntryType = 1 THEN Quantity ELSE 0 END), SUM(CASE WHEN EntryType = 1 THEN COALESCE(EstimatedReach, 0) ELSE 0 END),
        SUM(EntryType = 2), SUM(CASE WHEN EntryType = 2 THEN ParticipantsTotal ELSE 0 END), SUM(CASE WHEN EntryType = 2 THEN ParticipantsWomen ELSE 0 END),
        SUM(CASE WHEN EntryType = 2 THEN ParticipantsAged60Plus ELSE 0 END), SUM(CASE WHEN EntryType = 2 THEN AccountsCreated ELSE 0 END),
        SUM(CASE WHEN EntryType = 2 THEN Completions ELSE 0 END), SUM(EntryType = 3), SUM(EntryType = 4), SUM(CASE WHEN EntryType = 4 THEN COALESCE(Reach, 0) ELSE 0 END)
        """;

    private static readonly string[] Reference =
    [
        "SELECT Id, Kind, Year, Number, Name, StartDate, EndDate, Deadline FROM ReportingPeriods ORDER BY Year DESC, Kind, Number",
        "SELECT Id, Code, Name, Kind, ActiveFrom, ActiveTo FROM Units ORDER BY Kind, Name",
        "SELECT Id, Name FROM Campaigns ORDER BY SortOrder",
    ];

    private static readonly string[] Small =
    [
        "SELECT Status, COUNT(*) FROM UnitReports WHERE ReportingPeriodId IN (SELECT Id FROM ReportingPeriods WHERE Kind = 1 AND EndDate >= $start AND EndDate <= $end) GROUP BY Status",
        "SELECT Metric, Value FROM Targets WHERE Year = $year AND UnitId IS NULL AND CampaignId IS NULL ORDER BY Metric",
        "SELECT Value FROM WardSettings WHERE Key = 'AdultPopulation' LIMIT 1",
    ];

    private static readonly string ByMonth =
        $"SELECT ReportingMonth, {Sums} FROM ({Counted.Replace("$start", "$ystart", StringComparison.Ordinal).Replace("$end", "$yend", StringComparison.Ordinal)}) GROUP BY ReportingMonth";

    /// <summary>Four aggregates over the counted entries: by channel, by initiative status, by unit, by month (the first EF shape).</summary>
    public static readonly string[] Separate =
    [
        .. Reference,
        $"SELECT Channel, COUNT(*), SUM(Quantity), SUM(COALESCE(EstimatedReach, 0)) FROM ({Counted}) WHERE EntryType = 1 GROUP BY Channel",
        $"SELECT Status, COUNT(*) FROM ({Counted}) WHERE EntryType = 3 GROUP BY Status",
        $"SELECT UnitId, {Sums} FROM ({Counted}) GROUP BY UnitId",
        ByMonth,
        .. Small,
    ];

    /// <summary>
    /// Two aggregates, as DashboardQuery now runs them: the window grouped by unit + channel + initiative status (the
    /// caller adds the groups up into units, channels and statuses), and the year by month.
    /// </summary>
    public static readonly string[] Merged =
    [
        .. Reference,
        $"SELECT UnitId, CASE WHEN EntryType = 1 THEN Channel END, CASE WHEN EntryType = 3 THEN Status END, {Sums} FROM ({Counted}) GROUP BY 1, 2, 3",
        ByMonth,
        .. Small,
    ];

    /// <summary>
    /// The same dashboard from the figures frozen at approval, as FiguresQuery reads them: the window by unit and key,
    /// the year by month and key; plus the live initiative statuses and the small queries.
    /// </summary>
    public static readonly string[] Frozen =
    [
        .. Reference,
        "SELECT UnitId, Key, SUM(Value) FROM ApprovedFigures WHERE ReportingMonth IN (SELECT Year * 100 + Number FROM ReportingPeriods WHERE Kind = 1 AND StartDate >= $start AND EndDate <= $end) AND Key <> '_version' GROUP BY UnitId, Key",
        "SELECT ReportingMonth, Key, SUM(Value) FROM ApprovedFigures WHERE ReportingMonth IN (SELECT Year * 100 + Number FROM ReportingPeriods WHERE Kind = 1 AND StartDate >= $ystart AND EndDate <= $yend) AND Key <> '_version' GROUP BY ReportingMonth, Key",
        $"SELECT Status, COUNT(*) FROM ({Counted}) WHERE EntryType = 3 GROUP BY Status",
        .. Small,
    ];

    public static void RunAll(SqliteConnection connection, string[] queries, DateOnly start, DateOnly end, DateOnly yearStart, DateOnly yearEnd, int year)
    {
        foreach (var sql in queries)
        {
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            Add(command, "$start", start.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            Add(command, "$end", end.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            Add(command, "$ystart", yearStart.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            Add(command, "$yend", yearEnd.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            Add(command, "$year", year);
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    _ = reader.GetValue(i);
                }
            }
        }
    }

    private static void Add(SqliteCommand command, string name, object value)
    {
        if (command.CommandText.Contains(name, StringComparison.Ordinal))
        {
            command.Parameters.AddWithValue(name, value);
        }
    }
}
