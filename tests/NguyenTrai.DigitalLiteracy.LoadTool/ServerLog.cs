using System.Globalization;
using System.Text.RegularExpressions;

namespace NguyenTrai.DigitalLiteracy.LoadTool;

/// <summary>
/// The portal's own request log (one line per request, elapsed time measured inside the server): the same run seen
/// without the client's share (the tool's own CPU on this 2-core box, socket queues).
/// </summary>
public static partial class ServerLog
{
    public static Recorder Read(string logFolder, DateTimeOffset from, DateTimeOffset to)
    {
        var recorder = new Recorder();
        foreach (var file in Directory.Exists(logFolder) ? Directory.GetFiles(logFolder, "portal-*.log") : [])
        {
            foreach (var line in File.ReadLines(file))
            {
                var match = Line().Match(line);
                if (match.Success
                    && DateTimeOffset.TryParse(match.Groups["at"].Value, CultureInfo.InvariantCulture, DateTimeStyles.None, out var at)
                    && at >= from && at <= to)
                {
                    recorder.Record(match.Groups["method"].Value, match.Groups["path"].Value, double.Parse(match.Groups["ms"].Value, CultureInfo.InvariantCulture));
                }
            }
        }

        return recorder;
    }

    [GeneratedRegex(@"^(?<at>\S+ \S+ \S+) \[INF\] HTTP (?<method>[A-Z]+) (?<path>\S+) → \d+ in (?<ms>\d+) ms")]
    private static partial Regex Line();
}
