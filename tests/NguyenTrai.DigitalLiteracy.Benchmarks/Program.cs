using System.Diagnostics;
using System.Runtime.InteropServices;
using Microsoft.Data.Sqlite;
using NguyenTrai.DigitalLiteracy.Benchmarks;
using NguyenTrai.DigitalLiteracy.Domain.Periods;
using NguyenTrai.DigitalLiteracy.Reporting;
using NguyenTrai.DigitalLiteracy.Reporting.Compliance;
using NguyenTrai.DigitalLiteracy.Reporting.Figures;
using NguyenTrai.DigitalLiteracy.Reporting.Rules;
using NguyenTrai.DigitalLiteracy.Web.Features.Dashboard;

// Usage: dotnet run -c Release --project tests/NguyenTrai.DigitalLiteracy.Benchmarks -- [runs] [folder] [datasets]
// (or -- images [runs]: what one evidence upload costs, see ImageBenchmark)
// Builds a ward-scale history (25 units, 5 years), a city-scale set (200 units, ~216,000 entries) and the city edition
// at 1,000,000 entries (200 units, 5 years, ~85 entries per unit-month), freezes the approved reports' figures as the
// portal does at approval, then times the office dashboard's server work (ReportingReference + DashboardLoader, as a
// request runs them) against raw SQL: the old shape over the entries, and the same aggregates over the frozen figures.
if (args is ["images", ..])
{
    await ImageBenchmark.RunAsync(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 15);
    return;
}

var runs = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 25;
var folder = args.Length > 1 ? args[1] : Path.Combine(Path.GetTempPath(), "nguyentrai-bench");
Directory.CreateDirectory(folder);
Console.WriteLine($"Machine: {Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, {RuntimeInformation.ProcessArchitecture}, .NET {Environment.Version}");

var only = args.Length > 2 ? args[2].Split(',') : null;
foreach (var (name, units, perMonth) in new[] { ("ward", 25, 6), ("city", 200, 18), ("city-1m", 200, 85) }.Where(d => only is null || only.Contains(d.Item1)))
{
    Console.WriteLine($"Dataset {name}:");
    var path = Path.Combine(folder, $"dashboard-{name}.db");
    var entries = File.Exists(path) && Environment.GetEnvironmentVariable("BENCH_REUSE") == "1"
        ? DataGenerator.Count(path)
        : await DataGenerator.CreateAsync(path, units, perMonth, seed: 2026);
    foreach (var (label, window, year) in new[]
    {
        ("annual 2026 (cumulative)", Decree09Calendar.Annual(2026), 2026),
        ("month 10/2026", Decree09Calendar.Monthly(2026, 10), 2026),
    })
    {
        var annual = Decree09Calendar.Annual(year);
        Func<Task<int>> Raw(string[] queries) => () =>
        {
            using var connection = new SqliteConnection($"Data Source={path}");
            connection.Open();
            RawSql.RunAll(connection, queries, window.Start, window.End, annual.Start, annual.End, year);
            return Task.FromResult(0);
        };

        // Interleaved (EF, raw, raw, EF, ...) so that load from other work on the machine hits all three alike.
        var medians = await MeasureAsync(runs,
            async () =>
            {
                await using var db = DataGenerator.Open(path);
                var reference = await ReportingReference.LoadAsync(db);
                var figures = new FiguresQuery(db, new ComplianceQuery(db, new WardClock(TimeProvider.System)));
                var data = await new DashboardLoader(figures, new TargetsQuery(db, figures)).LoadAsync(reference, new FiguresScope(window), year);
                return (int)data.Totals.Participants;
            },
            Raw(RawSql.Merged),
            Raw(RawSql.Frozen));
        var (ef, entriesSql, frozenSql) = (medians[0], medians[1], medians[2]);
        Console.WriteLine($"  {entries,9:N0} entries | {label,-26} | dashboard median {ef:0.0} ms | raw SQL over entries {entriesSql:0.0} ms (ratio {ef / entriesSql:0.00}) | raw SQL over frozen figures {frozenSql:0.0} ms (ratio {ef / frozenSql:0.00})");
    }
}

static async Task<double[]> MeasureAsync(int runs, params Func<Task<int>>[] actions)
{
    for (var i = 0; i < 3; i++)
    {
        foreach (var action in actions)
        {
            await action(); // warm-up: JIT, EF model and query caches, SQLite page cache
        }
    }

    var times = actions.Select(_ => new List<double>(runs)).ToArray();
    for (var i = 0; i < runs; i++)
    {
        for (var a = 0; a < actions.Length; a++)
        {
            var clock = Stopwatch.StartNew();
            await actions[a]();
            times[a].Add(clock.Elapsed.TotalMilliseconds);
        }
    }

    return [.. times.Select(t => t.Order().ElementAt(t.Count / 2))];
}
