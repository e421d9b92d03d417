using System.Globalization;
using System.Security.Cryptography;
using Microsoft.Data.Sqlite;

namespace NguyenTrai.DigitalLiteracy.LoadTool;

public sealed record LoadUser(string UserName, string Role, int? UnitId);

/// <summary>
/// The database copy before the run: 20 more residential groups (40 reporting units, one staff member each) and
/// the accounts of the 60 virtual users, with the demo accounts' password hash (this copy is thrown away).
/// After the run: what the database holds, for the "nothing lost" check.
/// </summary>
public static class LoadDatabase
{
    public const int ExtraUnits = 20;

    public static List<LoadUser> AddUnitsAndUsers(string databasePath, int staff, int office, int leadership, int readers)
    {
        using var db = Open(databasePath);
        using var tx = db.BeginTransaction();
        for (var i = 1; i <= ExtraUnits; i++)
        {
            Execute(db, tx, "INSERT INTO Units (Code, Name, Kind, ActiveFrom, RowVersion) VALUES ($c, $n, 6, '2025-07-01', randomblob(16))",
                ("$c", $"LT{i:00}"), ("$n", $"Tổ dân phố Lạch Tray {i:00}"));
        }

        var template = Query(db, tx, "SELECT PasswordHash FROM AspNetUsers WHERE UserName = 'vhxh'").Single()[0]!;
        var roles = Query(db, tx, "SELECT Name, Id FROM AspNetRoles").ToDictionary(r => r[0]!, r => r[1]!);
        var units = Query(db, tx, "SELECT Id, Code FROM Units WHERE Code <> 'VHXH' AND ActiveTo IS NULL ORDER BY Id")
            .Select(r => (Id: int.Parse(r[0]!, CultureInfo.InvariantCulture), Code: r[1]!)).Take(staff).ToList();
        if (units.Count < staff)
        {
            throw new InvalidOperationException($"Only {units.Count} open units for {staff} staff.");
        }

        var users = new List<LoadUser>();
        users.AddRange(units.Select(u => new LoadUser("taithu." + u.Code.ToLowerInvariant(), "UnitStaff", u.Id)));
        users.AddRange(Enumerable.Range(1, office).Select(i => new LoadUser($"taithu.vhxh{i}", "CultureOffice", null)));
        users.AddRange(Enumerable.Range(1, leadership).Select(i => new LoadUser($"taithu.lanhdao{i}", "Leadership", null)));
        users.AddRange(Enumerable.Range(1, readers).Select(i => new LoadUser($"taithu.doc{i:00}", "CultureOffice", null)));
        foreach (var user in users)
        {
            var id = Guid.NewGuid().ToString();
            Execute(db, tx,
                "INSERT INTO AspNetUsers (Id, FullName, UnitId, CreatedAtUtc, UserName, NormalizedUserName, EmailConfirmed, PasswordHash, SecurityStamp, ConcurrencyStamp, PhoneNumberConfirmed, TwoFactorEnabled, LockoutEnabled, AccessFailedCount) " +
                "VALUES ($id, $name, $unit, '2026-11-01 00:00:00', $user, $upper, 0, $hash, $stamp, $concurrency, 0, 0, 1, 0)",
                ("$id", id), ("$name", "Người dùng thử tải " + user.UserName), ("$unit", user.UnitId), ("$user", user.UserName),
                ("$upper", user.UserName.ToUpperInvariant()), ("$hash", template), ("$stamp", Convert.ToHexString(RandomNumberGenerator.GetBytes(16))),
                ("$concurrency", Guid.NewGuid().ToString()));
            Execute(db, tx, "INSERT INTO AspNetUserRoles (UserId, RoleId) VALUES ($u, $r)", ("$u", id), ("$r", roles[user.Role]));
        }

        tx.Commit();
        return users;
    }

    /// <summary>The monthly period whose window contains the ward's today: the one being reported on deadline day.</summary>
    public static (int Id, string Name, DateOnly Today) OpenMonth(string databasePath)
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7));
        using var db = Open(databasePath);
        var row = Query(db, null, "SELECT Id, Name FROM ReportingPeriods WHERE Kind = 1 AND StartDate <= $d AND EndDate >= $d", ("$d", today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))).Single();
        return (int.Parse(row[0]!, CultureInfo.InvariantCulture), row[1]!, today);
    }

    public static int PeriodId(string databasePath, string name)
    {
        using var db = Open(databasePath);
        return int.Parse(Query(db, null, "SELECT Id FROM ReportingPeriods WHERE Name = $n", ("$n", name)).Single()[0]!, CultureInfo.InvariantCulture);
    }

    /// <summary>Entry id → (title, deleted, attachments) for the given ids.</summary>
    public static Dictionary<int, (string Title, bool Deleted, int Attachments)> Entries(string databasePath, IEnumerable<int> ids)
    {
        using var db = Open(databasePath);
        var wanted = ids.ToHashSet();
        return Query(db, null, "SELECT e.Id, e.Title, e.IsDeleted, (SELECT COUNT(*) FROM Attachments a WHERE a.EntryId = e.Id) FROM Entries e WHERE e.Title LIKE 'Tải thử %'")
            .Where(r => wanted.Contains(int.Parse(r[0]!, CultureInfo.InvariantCulture)))
            .ToDictionary(r => int.Parse(r[0]!, CultureInfo.InvariantCulture), r => (r[1]!, r[2] == "1", int.Parse(r[3]!, CultureInfo.InvariantCulture)));
    }

    /// <summary>Report status (2 submitted, 4 approved) of each unit for the period.</summary>
    public static Dictionary<int, int> ReportStatuses(string databasePath, int periodId)
    {
        using var db = Open(databasePath);
        return Query(db, null, "SELECT UnitId, Status FROM UnitReports WHERE ReportingPeriodId = $p", ("$p", periodId))
            .ToDictionary(r => int.Parse(r[0]!, CultureInfo.InvariantCulture), r => int.Parse(r[1]!, CultureInfo.InvariantCulture));
    }

    private static SqliteConnection Open(string path)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }

    private static void Execute(SqliteConnection db, SqliteTransaction? tx, string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(db, tx, sql, parameters);
        command.ExecuteNonQuery();
    }

    private static List<string?[]> Query(SqliteConnection db, SqliteTransaction? tx, string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(db, tx, sql, parameters);
        using var reader = command.ExecuteReader();
        var rows = new List<string?[]>();
        while (reader.Read())
        {
            rows.Add([.. Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? null : Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture))]);
        }

        return rows;
    }

    private static SqliteCommand Command(SqliteConnection db, SqliteTransaction? tx, string sql, (string Name, object? Value)[] parameters)
    {
        var command = db.CreateCommand();
        command.Transaction = tx;
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        return command;
    }
}
