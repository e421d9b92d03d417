using System.Collections.Concurrent;
using System.Globalization;
using System.Text.RegularExpressions;

namespace NguyenTrai.DigitalLiteracy.LoadTool;

/// <summary>Latency of every request by route (ids folded into {id}), and every error with its reason.</summary>
public sealed partial class Recorder
{
    private readonly ConcurrentDictionary<string, ConcurrentBag<double>> timings = new();
    private readonly ConcurrentQueue<string> errors = new();

    public void Record(string method, string path, double milliseconds) =>
        timings.GetOrAdd($"{method} {RouteOf(path)}", _ => []).Add(milliseconds);

    public void Error(string what) => errors.Enqueue(what);

    public IReadOnlyCollection<string> Errors => errors;

    public int Requests => timings.Values.Sum(t => t.Count);

    public static string RouteOf(string path) => Digits().Replace(path.Split('?')[0], "/{id}");

    public IEnumerable<(string Route, int Count, double P50, double P95, double P99, double Max)> Summary() =>
        timings.OrderBy(t => t.Key, StringComparer.Ordinal).Select(t =>
        {
            var sorted = t.Value.Order().ToArray();
            return (t.Key, sorted.Length, Percentile(sorted, 50), Percentile(sorted, 95), Percentile(sorted, 99), sorted[^1]);
        });

    public (int Count, double P50, double P95, double P99, double Max) Overall()
    {
        var sorted = timings.Values.SelectMany(t => t).Order().ToArray();
        return sorted.Length == 0 ? (0, 0, 0, 0, 0) : (sorted.Length, Percentile(sorted, 50), Percentile(sorted, 95), Percentile(sorted, 99), sorted[^1]);
    }

    /// <summary>Nearest rank: the smallest value with at least p% of the values at or below it.</summary>
    public static double Percentile(double[] sorted, int p) =>
        sorted[Math.Clamp((int)Math.Ceiling(p / 100.0 * sorted.Length) - 1, 0, sorted.Length - 1)];

    public static string Ms(double value) => value.ToString("N0", CultureInfo.InvariantCulture);

    [GeneratedRegex(@"/\d+")]
    private static partial Regex Digits();
}
