using System.Diagnostics;
using System.Runtime.InteropServices;
using Microsoft.Data.Sqlite;
using NguyenTrai.DigitalLiteracy.Benchmarks;
using NguyenTrai.DigitalLiteracy.Domain.Periods;
using NguyenTrai.DigitalLiteracy.Web.Features.Dashboard;

// Usage: dotnet run -c Release --project tests/NguyenTrai.DigitalLiteracy.Benchmarks -- [runs] [folder]
// Builds a ward-scale history (25 units, 5 years) and a city-scale stress set (>= 200,000 entries), then times the
// office dashboard's queries (DashboardQuery, as a request runs them) against the same aggregates in raw SQL.
var runs = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 25;
var folder = args.Length > 1 ? args[1] : Path.Combine(Path.GetTempPath(), "nguyentrai-bench");
Directory.CreateDirectory(folder);
Console.WriteLine($"Machine: {Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, {RuntimeInformation.ProcessArchitecture}, .NET {Environment.Version}");

foreach (var (name, units, perMonth) in new[] { ("ward", 25, 6), ("city", 200, 18) })
{
    Console.WriteLine($"Dataset {name}:");
    var path = Path.Combine(folder, $"dashboard-{name}.db");
    var entries = await DataGenerator.CreateAsync(path, units, perMonth, seed: 2026);
    foreach (var (label, window, year) in new[]
    {
        ("annual 2026 (cumulative)", Decree09Calendar.Annual(2026), 2026),
        ("month 10/2026", Decree09Calendar.Monthly(2026, 10), 2026),
    })
    {
        var ef = await MeasureAsync(runs, async () =>
        {
            await using var db = DataGenerator.Open(path);
            var reference = await DashboardReference.LoadAsync(db);
            var data = await new DashboardQuery(db).LoadAsync(new DashboardScope(window, year), reference);
            return data.Totals.Participants;
        });
        var annual = Decree09Calendar.Annual(year);
        var raw = await MeasureAsync(runs, () =>
        {
            using var connection = new SqliteConnection($"Data Source={path}");
            connection.Open();
            RawSql.RunAll(connection, window.Start, window.End, annual.Start, annual.End, year);
            return Task.FromResult(0);
        });
        Console.WriteLine($"  {entries,8:N0} entries | {label,-26} | DashboardQuery median {ef:0.0} ms | raw SQL median {raw:0.0} ms | ratio {ef / raw:0.00}");
    }
}

static async Task<double> MeasureAsync(int runs, Func<Task<int>> action)
{
    for (var i = 0; i < 3; i++)
    {
        await action(); // warm-up: JIT, EF model and query caches, SQLite page cache
    }

    var times = new List<double>(runs);
    for (var i = 0; i < runs; i++)
    {
        var clock = Stopwatch.StartNew();
        await action();
        times.Add(clock.Elapsed.TotalMilliseconds);
    }

    times.Sort();
    return times[times.Count / 2];
}
