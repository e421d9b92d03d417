using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using NguyenTrai.DigitalLiteracy.Data;
using NguyenTrai.DigitalLiteracy.Domain.Campaigns;
using NguyenTrai.DigitalLiteracy.Domain.Periods;
using NguyenTrai.DigitalLiteracy.Domain.Units;
using NguyenTrai.DigitalLiteracy.Reporting.Figures;

namespace NguyenTrai.DigitalLiteracy.Benchmarks;

/// <summary>
/// A migrated SQLite file with units, five years of periods, monthly reports (mostly approved) and entries.
/// Reference rows go through EF; entries, their campaigns and the reports are bulk-inserted with prepared
/// commands in one transaction, which keeps 200,000 rows to seconds.
/// </summary>
internal static class DataGenerator
{
    public static readonly int[] Years = [2022, 2023, 2024, 2025, 2026];

    public static async Task<int> CreateAsync(string path, int units, int entriesPerUnitMonth, int seed)
    {
        SqliteConnection.ClearAllPools();
        File.Delete(path);
        var clock = Stopwatch.StartNew();
        await using (var db = Open(path))
        {
            await db.Database.MigrateAsync();
            db.Campaigns.AddRange(
                new Campaign { Code = "BDHVS", Name = "Bình dân học vụ số", SortOrder = 1 },
                new Campaign { Code = "NHTDHTS", Name = "Ngày hội toàn dân học tập số", SortOrder = 2 },
                new Campaign { Code = "CDS-10-10", Name = "Ngày Chuyển đổi số quốc gia (10/10)", SortOrder = 3 });
            foreach (var year in Years)
            {
                db.ReportingPeriods.AddRange(ReportingPeriod.GenerateYear(year));
            }

            var kinds = Enum.GetValues<UnitKind>();
            for (var u = 0; u < units; u++)
            {
                db.Units.Add(new Unit { Code = $"U{u:000}", Name = $"Đơn vị {u:000}", Kind = kinds[u % kinds.Length], ActiveFrom = new DateOnly(2021, 1, 1) });
            }

            await db.SaveChangesAsync();
        }

        var count = BulkInsert(path, entriesPerUnitMonth, seed);
        await using (var db = Open(path))
        {
            // As at start-up: the approved reports' figures are frozen (what approval does in the portal).
            var frozen = Stopwatch.StartNew();
            var reports = await new FrozenFiguresBackfill(db, Microsoft.Extensions.Logging.Abstractions.NullLogger<FrozenFiguresBackfill>.Instance).RunAsync();
            Console.WriteLine($"  froze the figures of {reports:N0} approved reports in {frozen.Elapsed.TotalSeconds:0.0} s");
            await PlannerStatistics.RefreshAsync(db, everyTable: true); // as the portal does at start-up
        }

        Console.WriteLine($"  generated {count:N0} entries for {units} units in {clock.Elapsed.TotalSeconds:0.0} s -> {path}");
        return count;
    }

    /// <summary>Entries in an existing benchmark file (BENCH_REUSE=1 skips regenerating it; newer migrations are applied).</summary>
    public static int Count(string path)
    {
        using (var db = Open(path))
        {
            db.Database.Migrate();
            PlannerStatistics.RefreshAsync(db, everyTable: true).GetAwaiter().GetResult(); // as the portal does at start-up
        }

        using var connection = new SqliteConnection($"Data Source={path}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM Entries";
        return Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    /// <summary>BENCH_SQL=1 prints every command EF runs (to read the SQL and check plans by hand).</summary>
    public static AppDbContext Open(string path)
    {
        var options = new DbContextOptionsBuilder<AppDbContext>()
            .UseSqlite($"Data Source={path}", o => o.MigrationsAssembly("NguyenTrai.DigitalLiteracy.Data.Sqlite"));
        if (Environment.GetEnvironmentVariable("BENCH_SQL") == "1")
        {
            options.LogTo(Console.WriteLine, [RelationalEventId.CommandExecuted]);
        }

        return new(options.Options);
    }

    private static int BulkInsert(string path, int perUnitMonth, int seed)
    {
        var random = new Random(seed);
        using var connection = new SqliteConnection($"Data Source={path}");
        connection.Open();
        var unitIds = Ids(connection, "SELECT Id FROM Units");
        var months = new List<(int Id, int Year, int Number, string Start, int Days)>();
        using (var read = connection.CreateCommand())
        {
            read.CommandText = "SELECT Id, Year, Number, StartDate, EndDate FROM ReportingPeriods WHERE Kind = 1";
            using var r = read.ExecuteReader();
            while (r.Read())
            {
                var start = DateOnly.Parse(r.GetString(3), CultureInfo.InvariantCulture);
                var end = DateOnly.Parse(r.GetString(4), CultureInfo.InvariantCulture);
                months.Add((r.GetInt32(0), r.GetInt32(1), r.GetInt32(2), r.GetString(3), end.DayNumber - start.DayNumber + 1));
            }
        }

        using var tx = connection.BeginTransaction();
        var entry = Prepare(connection, tx, "INSERT INTO Entries (Id, UnitId, Title, Date, ReportingMonth, CreatedAtUtc, CreatedById, IsDeleted, RowVersion, EntryType, Channel, Mode, Quantity, EstimatedReach, Format, DurationHours, Platforms, TargetGroups, ParticipantsTotal, ParticipantsWomen, ParticipantsAged60Plus, AccountsCreated, Completions, Kind, Field, ProposerType, ProposerName, Description, Status, Target, PlanName, OrganisingBody, Content, Reach) VALUES ($id, $u, $t, $d, $m, '2026-01-01 00:00:00', 'bench', 0, $v, $type, $ch, $mode, $q, $reach, $fmt, 2, $pl, $tgr, $pt, $pw, $p60, $acc, $comp, $k, 1, 1, 'Tổ chức', 'Mô tả', $st, $tg, 'Kế hoạch', 'MTTQ', 'Nội dung', $ir)", "$id", "$u", "$t", "$d", "$m", "$v", "$type", "$ch", "$mode", "$q", "$reach", "$fmt", "$pl", "$tgr", "$pt", "$pw", "$p60", "$acc", "$comp", "$k", "$st", "$tg", "$ir");
        var campaign = Prepare(connection, tx, "INSERT INTO EntryCampaigns (CampaignsId, EntryId) VALUES ($c, $e)", "$c", "$e");
        var report = Prepare(connection, tx, "INSERT INTO UnitReports (UnitId, ReportingPeriodId, Status, FirstSubmittedAtUtc, SubmittedAtUtc, RowVersion) VALUES ($u, $p, $s, '2026-01-01 00:00:00', '2026-01-01 00:00:00', $v)", "$u", "$p", "$s", "$v");
        var count = 0;
        foreach (var unit in unitIds)
        {
            foreach (var month in months)
            {
                var roll = random.Next(100);
                if (roll >= 3)
                {
                    Run(report, unit, month.Id, roll < 85 ? 4 : roll < 95 ? 2 : 3, Guid.NewGuid().ToByteArray());
                }

                var n = random.Next(perUnitMonth / 2, (perUnitMonth * 3 / 2) + 1);
                for (var i = 0; i < n; i++)
                {
                    var day = DateOnly.Parse(month.Start, CultureInfo.InvariantCulture).AddDays(random.Next(month.Days));
                    var type = random.Next(100) switch { < 45 => 1, < 80 => 2, < 92 => 4, _ => 3 };
                    var total = random.Next(10, 90);
                    var id = count + 1;
                    Run(entry, id, unit, "Hoạt động", day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), (month.Year * 100) + month.Number, Guid.NewGuid().ToByteArray(), type,
                        type == 1 ? random.Next(1, 9) : null, type == 1 ? random.Next(1, 3) : null, type == 1 ? random.Next(1, 6) : null, type == 1 ? random.Next(50, 1500) : null,
                        type == 2 ? random.Next(1, 5) : null, type == 2 ? random.Next(1, 128) : null, type == 2 ? random.Next(1, 128) : null, type == 2 ? total : null, type == 2 ? total / 2 : null, type == 2 ? total / 4 : null, type == 2 ? total / 3 : null, type == 2 ? total / 5 : null,
                        type == 3 ? random.Next(1, 4) : null, type == 3 ? random.Next(1, 5) : null, type == 4 ? random.Next(1, 5) : null, type == 4 ? random.Next(20, 600) : null);
                    Run(campaign, 1, id);
                    if (random.Next(3) == 0)
                    {
                        Run(campaign, random.Next(2, 4), id);
                    }

                    count++;
                }
            }
        }

        tx.Commit();
        using var analyze = connection.CreateCommand();
        analyze.CommandText = "ANALYZE";
        analyze.ExecuteNonQuery();
        return count;
    }

    private static List<int> Ids(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var r = command.ExecuteReader();
        var ids = new List<int>();
        while (r.Read())
        {
            ids.Add(r.GetInt32(0));
        }

        return ids;
    }

    private static SqliteCommand Prepare(SqliteConnection connection, SqliteTransaction tx, string sql, params string[] names)
    {
        var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = sql;
        foreach (var name in names)
        {
            command.Parameters.Add(new SqliteParameter { ParameterName = name });
        }

        command.Prepare();
        return command;
    }

    private static void Run(SqliteCommand command, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }

        command.ExecuteNonQuery();
    }
}
