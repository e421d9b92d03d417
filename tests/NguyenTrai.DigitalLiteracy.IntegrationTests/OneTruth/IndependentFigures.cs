using System.Globalization;
using Microsoft.Data.Sqlite;

namespace NguyenTrai.DigitalLiteracy.IntegrationTests.OneTruth;

/// <summary>
/// The figures of a window computed here in plain SQL on the database file, without the portal's code: an entry
/// counts when its date is in the window and its unit's MONTHLY report for the month containing the date is approved.
/// Reports owed: monthly periods overlapping the window, units that report and were active the whole month.
/// </summary>
internal sealed class IndependentFigures
{
    private const string Counted = """
        FROM Entries e WHERE e.IsDeleted = 0 AND e.Date >= $from AND e.Date <= $to
        AND EXISTS (SELECT 1 FROM UnitReports r JOIN ReportingPeriods p ON p.Id = r.ReportingPeriodId
                    WHERE r.UnitId = e.UnitId AND r.Status = 4 AND p.Kind = 1 AND e.Date >= p.StartDate AND e.Date <= p.EndDate)
        """;

    public long[] Totals { get; private init; } = [];
    public Dictionary<int, (long Count, long Quantity, long Reach)> Channels { get; } = [];
    public Dictionary<int, long> InitiativeStatuses { get; } = [];
    public Dictionary<string, long[]> TrainingByUnit { get; } = [];
    public List<string> SelectedInitiatives { get; } = [];

    /// <summary>Mode 1 online, 2 in person: propaganda (count, quantity, reach) and training (sessions, participants).</summary>
    public Dictionary<int, long[]> PropagandaModes { get; } = [];
    public Dictionary<int, long[]> TrainingModes { get; } = [];

    /// <summary>Flag value -> sessions, participants, accounts, completions of sessions that taught it.</summary>
    public Dictionary<int, long[]> Platforms { get; } = [];

    /// <summary>Flag value -> sessions, participants of sessions aimed at it.</summary>
    public Dictionary<int, long[]> Groups { get; } = [];
    public List<string> IntegrationDates { get; } = [];

    /// <summary>Owed, not due, approved, pending (sent and returned, or awaiting review), due and not sent, on time, late.</summary>
    public long[] Compliance { get; private set; } = new long[7];

    public int UnitsOwing { get; private set; }

    public long Sent => Compliance[5] + Compliance[6];

    public static IndependentFigures Load(string databasePath, DateOnly from, DateOnly to, DateOnly today)
    {
        using var connection = new SqliteConnection($"Data Source={databasePath};Mode=ReadOnly;Pooling=False");
        connection.Open();
        var result = new IndependentFigures
        {
            Totals = Row(connection, $"""
                SELECT SUM(EntryType = 1), SUM(CASE WHEN EntryType = 1 THEN Quantity ELSE 0 END), SUM(CASE WHEN EntryType = 1 THEN COALESCE(EstimatedReach, 0) ELSE 0 END),
                       SUM(EntryType = 2), SUM(CASE WHEN EntryType = 2 THEN ParticipantsTotal ELSE 0 END), SUM(CASE WHEN EntryType = 2 THEN ParticipantsWomen ELSE 0 END),
                       SUM(CASE WHEN EntryType = 2 THEN ParticipantsAged60Plus ELSE 0 END), SUM(CASE WHEN EntryType = 2 THEN AccountsCreated ELSE 0 END),
                       SUM(CASE WHEN EntryType = 2 THEN Completions ELSE 0 END), SUM(EntryType = 3), SUM(EntryType = 4), SUM(CASE WHEN EntryType = 4 THEN COALESCE(Reach, 0) ELSE 0 END),
                       SUM(CASE WHEN EntryType = 2 THEN COALESCE(ParticipantsAdults, 0) ELSE 0 END),
                       SUM(CASE WHEN EntryType = 2 AND ParticipantsAdults IS NULL THEN ParticipantsTotal ELSE 0 END)
                {Counted}
                """, from, to),
        };
        foreach (var r in Rows(connection, $"SELECT Channel, COUNT(*), SUM(Quantity), SUM(COALESCE(EstimatedReach, 0)) {Counted} AND EntryType = 1 GROUP BY Channel", from, to))
        {
            result.Channels[(int)r[0]] = (r[1], r[2], r[3]);
        }

        foreach (var r in Rows(connection, $"SELECT Status, COUNT(*) {Counted} AND EntryType = 3 GROUP BY Status", from, to))
        {
            result.InitiativeStatuses[(int)r[0]] = r[1];
        }

        foreach (var r in Rows(connection, $"SELECT UnitId, COUNT(*), SUM(ParticipantsTotal), SUM(ParticipantsWomen), SUM(ParticipantsAged60Plus), SUM(AccountsCreated), SUM(Completions) {Counted} AND EntryType = 2 GROUP BY UnitId", from, to))
        {
            result.TrainingByUnit[Name(connection, r[0])] = r[1..];
        }

        foreach (var r in Rows(connection, $"SELECT Mode, COUNT(*), SUM(Quantity), SUM(COALESCE(EstimatedReach, 0)) {Counted} AND EntryType = 1 GROUP BY Mode", from, to))
        {
            result.PropagandaModes[(int)r[0]] = r[1..];
        }

        foreach (var r in Rows(connection, $"SELECT CASE WHEN Format = 4 THEN 1 ELSE 2 END, COUNT(*), SUM(ParticipantsTotal) {Counted} AND EntryType = 2 GROUP BY 1", from, to))
        {
            result.TrainingModes[(int)r[0]] = r[1..];
        }

        for (var flag = 1; flag <= 64; flag *= 2)
        {
            result.Platforms[flag] = Row(connection, $"SELECT COUNT(*), SUM(ParticipantsTotal), SUM(AccountsCreated), SUM(Completions) {Counted} AND EntryType = 2 AND (Platforms & {flag}) <> 0", from, to);
            result.Groups[flag] = Row(connection, $"SELECT COUNT(*), SUM(ParticipantsTotal) {Counted} AND EntryType = 2 AND (TargetGroups & {flag}) <> 0", from, to);
        }

        result.SelectedInitiatives.AddRange(Strings(connection, $"SELECT Title {Counted} AND EntryType = 3 AND Status = 3 ORDER BY Date, Id", from, to));
        result.IntegrationDates.AddRange(Strings(connection, $"SELECT Date {Counted} AND EntryType = 4 ORDER BY Date", from, to)
            .Select(d => DateOnly.ParseExact(d, "yyyy-MM-dd", CultureInfo.InvariantCulture).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)));
        result.LoadCompliance(connection, from, to, today);
        return result;
    }

    public static string N(long value) => value.ToString("N0", CultureInfo.GetCultureInfo("vi-VN"));

    private void LoadCompliance(SqliteConnection connection, DateOnly from, DateOnly to, DateOnly today)
    {
        var owed = Rows(connection, """
            SELECT u.Id, p.Deadline <= $today, r.Status, r.FirstSubmittedAtUtc IS NOT NULL,
                   COALESCE(date(r.FirstSubmittedAtUtc, '+7 hours') > p.Deadline, 0)
            FROM ReportingPeriods p
            JOIN Units u ON u.SubmitsReports = 1 AND u.ActiveFrom <= p.StartDate AND (u.ActiveTo IS NULL OR u.ActiveTo >= p.EndDate)
            LEFT JOIN UnitReports r ON r.UnitId = u.Id AND r.ReportingPeriodId = p.Id
            WHERE p.Kind = 1 AND p.StartDate <= $to AND p.EndDate >= $from
            """, from, to, today);
        var due = owed.Where(o => o[1] == 1).ToList();
        Compliance =
        [
            owed.Count, owed.Count - due.Count,
            due.Count(o => o[2] == 4),
            due.Count(o => o[2] is 2 or 3),
            due.Count(o => o[3] == 0),
            due.Count(o => o[3] == 1 && o[4] == 0),
            due.Count(o => o[3] == 1 && o[4] == 1),
        ];
        UnitsOwing = owed.Select(o => o[0]).Distinct().Count();
    }

    private static string Name(SqliteConnection connection, long unitId)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT Name FROM Units WHERE Id = $id";
        command.Parameters.AddWithValue("$id", unitId);
        return (string)command.ExecuteScalar()!;
    }

    private static long[] Row(SqliteConnection connection, string sql, DateOnly from, DateOnly to) => Rows(connection, sql, from, to).Single();

    private static List<long[]> Rows(SqliteConnection connection, string sql, DateOnly from, DateOnly to, DateOnly? today = null)
    {
        using var command = Command(connection, sql, from, to, today);
        using var reader = command.ExecuteReader();
        var rows = new List<long[]>();
        while (reader.Read())
        {
            rows.Add([.. Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? 0L : reader.GetInt64(i))]);
        }

        return rows;
    }

    private static List<string> Strings(SqliteConnection connection, string sql, DateOnly from, DateOnly to)
    {
        using var command = Command(connection, sql, from, to, null);
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            rows.Add(reader.GetString(0));
        }

        return rows;
    }

    private static SqliteCommand Command(SqliteConnection connection, string sql, DateOnly from, DateOnly to, DateOnly? today)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$from", from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        command.Parameters.AddWithValue("$to", to.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        if (today is { } t)
        {
            command.Parameters.AddWithValue("$today", t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        return command;
    }
}
