using System.Diagnostics;
using System.Globalization;
using NguyenTrai.DigitalLiteracy.LoadTool;

// Deadline day on the ward portal: 40 unit staff recording and submitting, 3 office users reviewing and previewing,
// 2 leaders on dashboards, 15 more reading lists, for a bounded time, against the Release build on a fresh SQLite copy.
// Usage: NguyenTrai.DigitalLiteracy.LoadTool [seconds=60]
const int Staff = 40, Office = 3, Leadership = 2, Readers = 15;
const string Password = "HocVuSo-NguyenTrai-2025"; // the demo accounts' hash, copied into this throw-away database
var seconds = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 60;
#if DEBUG
const string Configuration = "Debug";
Console.WriteLine("Warning: Debug build; the figures in docs/performance.md are from -c Release.");
#else
const string Configuration = "Release";
#endif

var folder = Directory.CreateTempSubdirectory("nguyentrai-load-").FullName;
Console.WriteLine($"Folder {folder}; load {File.ReadAllText("/proc/loadavg").Trim()}");
await using var portal = new PortalProcess(folder, Configuration);
var stopwatch = Stopwatch.StartNew();
await portal.PrepareAsync();
var users = LoadDatabase.AddUnitsAndUsers(portal.DatabasePath, Staff, Office, Leadership, Readers);
var (periodId, periodName, today) = LoadDatabase.OpenMonth(portal.DatabasePath);
var previousMonth = PreviousMonthName(periodName);
Console.WriteLine($"Prepared in {stopwatch.Elapsed.TotalSeconds:0} s: {users.Count} users, open month {periodName} (id {periodId}), today {today:dd/MM/yyyy}");

await portal.StartAsync();
var recorder = new Recorder();
const int WarmUpSeconds = 15;
var photos = Enumerable.Range(1, 4).Select(seed => PngPhoto.Create(seed)).ToList();
Console.WriteLine($"Portal at {portal.BaseAddress}; photo {photos[0].Length / 1024} KB; signing in {users.Count} users");

var signIns = new Recorder();
var warmUp = new Recorder();
var sessions = users.Select(u => new Session(portal.BaseAddress, u.UserName, signIns)).ToList();
// Arrivals spread over 5 s, as people open the portal in the morning, not all in the same millisecond.
await Task.WhenAll(sessions.Select(async (s, i) =>
{
    await Task.Delay(i * 5000 / sessions.Count);
    if (!await s.SignInAsync(Password))
    {
        signIns.Error($"{s.UserName}: sign-in failed");
    }
}));

// A freshly started process compiles each page on first use; a server on deadline day has been up for hours.
var outcome = new Outcome();
sessions.ForEach(s => s.RecordInto(warmUp));
await RunAsync(new Run(TimeSpan.FromSeconds(WarmUpSeconds), false, periodId, previousMonth, today, photos, outcome));

var loadBefore = File.ReadAllText("/proc/loadavg").Trim();
sessions.ForEach(s => s.RecordInto(recorder));
var measuredFrom = DateTimeOffset.UtcNow;
stopwatch.Restart();
await RunAsync(new Run(TimeSpan.FromSeconds(seconds), true, periodId, previousMonth, today, photos, outcome));
var elapsed = stopwatch.Elapsed;
var measuredTo = DateTimeOffset.UtcNow;
var loadAfter = File.ReadAllText("/proc/loadavg").Trim();
sessions.ForEach(s => s.Dispose());
await portal.StopAsync();

// Nothing lost: every entry the portal said it created is there, with its photo; every submitted report is submitted.
var stored = LoadDatabase.Entries(portal.DatabasePath, outcome.Entries.Keys);
var missing = outcome.Entries.Where(e => !stored.TryGetValue(e.Key, out var s) || s.Title != e.Value || s.Deleted).Select(e => e.Key).ToList();
var photoless = outcome.Uploads.Where(u => stored.TryGetValue(u.Key, out var s) && s.Attachments < u.Value).Select(u => u.Key).ToList();
var statuses = LoadDatabase.ReportStatuses(portal.DatabasePath, periodId);
var staffUnits = users.Where(u => u.UnitId is not null).ToDictionary(u => u.UserName, u => u.UnitId!.Value);
var notSubmitted = outcome.Submitted.Where(s => s.Value && statuses.GetValueOrDefault(staffUnits[s.Key]) is not (2 or 4)).Select(s => s.Key).ToList();

Console.WriteLine();
Console.WriteLine($"{Staff} staff, {Office} office, {Leadership} leadership, {Readers} readers; {elapsed.TotalSeconds:0.0} s measured after {WarmUpSeconds} s of warm-up; think time 1-3 s");
Console.WriteLine($"Load average (1, 5, 15 min): before {loadBefore}; after {loadAfter}");
Console.WriteLine();
Console.WriteLine("| Route | Requests | p50 ms | p95 ms | p99 ms | max ms |");
Console.WriteLine("|---|---:|---:|---:|---:|---:|");
foreach (var (route, count, p50, p95, p99, max) in recorder.Summary())
{
    Console.WriteLine($"| `{route}` | {count} | {Recorder.Ms(p50)} | {Recorder.Ms(p95)} | {Recorder.Ms(p99)} | {Recorder.Ms(max)} |");
}

var all = recorder.Overall();
Console.WriteLine($"| **All** | {all.Count} | {Recorder.Ms(all.P50)} | {Recorder.Ms(all.P95)} | {Recorder.Ms(all.P99)} | {Recorder.Ms(all.Max)} |");
var server = ServerLog.Read(Path.Combine(folder, "logs"), measuredFrom, measuredTo).Overall();
Console.WriteLine($"| *Same requests, time inside the portal (its request log)* | {server.Count} | {Recorder.Ms(server.P50)} | {Recorder.Ms(server.P95)} | {Recorder.Ms(server.P99)} | {Recorder.Ms(server.Max)} |");
Console.WriteLine();
Console.WriteLine($"Throughput {all.Count / elapsed.TotalSeconds:0.0} requests/s; entries created {outcome.Entries.Count}, photos {outcome.Uploads.Values.Sum()}, reports submitted {outcome.Submitted.Count(s => s.Value)} of {Staff}, approvals {outcome.Approvals}");
var signInAll = signIns.Overall();
Console.WriteLine($"Sign-in (before the run, 60 users arriving over 5 s, one PBKDF2 hash each): p50 {Recorder.Ms(signInAll.P50)} ms, p95 {Recorder.Ms(signInAll.P95)} ms, max {Recorder.Ms(signInAll.Max)} ms; warm-up {WarmUpSeconds} s, {warmUp.Requests} requests, {warmUp.Errors.Count} errors");
var errors = signIns.Errors.Concat(warmUp.Errors).Concat(recorder.Errors).ToList();
Console.WriteLine($"Errors {errors.Count}; entries missing {missing.Count}; photos missing {photoless.Count}; submitted reports not submitted {notSubmitted.Count}");
foreach (var error in errors.Take(20))
{
    Console.WriteLine("  " + error);
}

var ok = errors.Count == 0 && missing.Count == 0 && photoless.Count == 0 && notSubmitted.Count == 0;
Console.WriteLine(ok ? "Nothing lost, no errors." : "FAILED: see above.");
Directory.Delete(folder, recursive: true);
return ok ? 0 : 1;

Task RunAsync(Run run) => Task.WhenAll(sessions.Select((s, i) =>
{
    var random = new Random((run.Submit ? 2000 : 1000) + i);
    return users[i].Role switch
    {
        "UnitStaff" => Scenarios.StaffAsync(s, run, random),
        "Leadership" => Scenarios.LeadershipAsync(s, run, random),
        _ when users[i].UserName.StartsWith("taithu.vhxh", StringComparison.Ordinal) => Scenarios.OfficeAsync(s, run, random),
        _ => Scenarios.ReaderAsync(s, run, random),
    };
}));

static string PreviousMonthName(string name)
{
    // "Tháng 12/2026" → "Tháng 11/2026"
    var parts = name["Tháng ".Length..].Split('/');
    var month = new DateOnly(int.Parse(parts[1], CultureInfo.InvariantCulture), int.Parse(parts[0], CultureInfo.InvariantCulture), 1).AddMonths(-1);
    return $"Tháng {month:MM/yyyy}";
}
