using System.Globalization;
using MiniExcelLibs;

namespace NguyenTrai.DigitalLiteracy.IntegrationTests.OneTruth;

/// <summary>Reads an appendix sheet as a person would: the heading lines, the header row (STT…), the rows, the total row.</summary>
internal sealed class AppendixSheet
{
    private AppendixSheet(IReadOnlyList<string> heading, IReadOnlyList<string> headers, IReadOnlyList<IReadOnlyList<object?>> rows, IReadOnlyList<object?> total)
    {
        Heading = heading;
        Headers = headers;
        Rows = rows;
        Total = total;
    }

    public IReadOnlyList<string> Heading { get; }
    public IReadOnlyList<string> Headers { get; }
    public IReadOnlyList<IReadOnlyList<object?>> Rows { get; }
    public IReadOnlyList<object?> Total { get; }

    public static IReadOnlyList<string> SheetNames(byte[] xlsx)
    {
        using var stream = new MemoryStream(xlsx);
        return [.. stream.GetSheetNames()];
    }

    public static AppendixSheet Read(byte[] xlsx, string sheet)
    {
        using var stream = new MemoryStream(xlsx);
        var lines = stream.Query(useHeaderRow: false, sheetName: sheet).Cast<IDictionary<string, object?>>()
            .Select(r => (IReadOnlyList<object?>)[.. r.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => c.Value)]).ToList();
        var header = lines.FindIndex(l => Equals(l[0], "STT"));
        var total = lines.FindLastIndex(l => l.Count > 1 && Equals(l[1], "Tổng cộng"));
        return new AppendixSheet(
            [.. lines.Take(header).Select(l => l[0]?.ToString() ?? "")],
            [.. lines[header].Select(c => c?.ToString() ?? "")],
            [.. lines.Skip(header + 1).Take(total - header - 1)],
            lines[total]);
    }

    /// <summary>A number of the total row by its column header.</summary>
    public long TotalOf(string header) => Convert.ToInt64(Total[Headers.ToList().IndexOf(header)], CultureInfo.InvariantCulture);
}
