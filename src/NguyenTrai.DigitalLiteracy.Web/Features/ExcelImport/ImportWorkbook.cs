using System.Diagnostics;
using MiniExcelLibs;
using NguyenTrai.DigitalLiteracy.Domain.Common;

namespace NguyenTrai.DigitalLiteracy.Web.Features.ExcelImport;

/// <summary>
/// Reads the first sheet of an uploaded .xlsx into header-keyed rows in one streaming pass, or says in
/// Vietnamese why it cannot. The package is bounded first (<see cref="PackageGuard"/>); while reading, every
/// row counts toward the cap (blank rows too: a file of a million blank rows stops after the cap), every cell
/// is length-checked, and the time budget is enforced. A row whose first text cell starts with
/// <see cref="ImportTemplate.ExampleMarker"/> is the template's example: it is listed in <c>skippedExamples</c>, never returned.
/// </summary>
public static class ImportWorkbook
{
    public static string? TryRead(byte[] bytes, ImportKind kind, ImportLimits limits, out List<(int Row, Dictionary<string, object?> Cells)> rows, List<int>? skippedExamples = null)
    {
        rows = [];
        // An .xlsx is a zip archive; anything else (csv, xls, a renamed image) stops here.
        if (!bytes.AsSpan().StartsWith("PK\x03\x04"u8))
        {
            return "Tệp không phải là bảng tính Excel (.xlsx). Vui lòng tải mẫu từ trang này, điền số liệu và tải lên lại.";
        }

        using var budget = new CancellationTokenSource(limits.TimeBudget);
        var clock = Stopwatch.StartNew();
        List<string> headers;
        try
        {
            if (PackageGuard.Check(bytes, limits, budget.Token) is { } refused)
            {
                return refused;
            }

            using var stream = new MemoryStream(bytes, writable: false);
            using var reader = stream.Query(useHeaderRow: false, excelType: ExcelType.XLSX).Cast<IDictionary<string, object?>>().GetEnumerator();
            if (!reader.MoveNext())
            {
                return "Tệp trống: trang tính đầu tiên không có tiêu đề cột và số liệu. Vui lòng dùng mẫu tải từ trang này.";
            }

            // Row 1: column letter -> Vietnamese header.
            var columns = reader.Current.Where(c => c.Value is not null)
                .ToDictionary(c => c.Key, c => VietnameseText.Normalize(Convert.ToString(c.Value, Invariant)) ?? "");
            headers = [.. columns.Values];
            var number = 1;
            while (reader.MoveNext())
            {
                number++;
                if (number - 1 > limits.MaxRows)
                {
                    return $"Tệp có hơn {limits.MaxRows:N0} dòng dưới dòng tiêu đề (tính cả dòng trống). Vui lòng xóa các dòng trống thừa ở cuối trang tính hoặc chia thành nhiều tệp, mỗi tệp tối đa {limits.MaxRows:N0} dòng.";
                }

                if (budget.IsCancellationRequested)
                {
                    return TooSlow(clock);
                }

                if (TooLongCell(reader.Current, number, limits) is { } tooLong)
                {
                    return tooLong;
                }

                var cells = new Dictionary<string, object?>();
                foreach (var (column, value) in reader.Current)
                {
                    if (columns.TryGetValue(column, out var header))
                    {
                        cells.TryAdd(header, value); // a repeated header: the first column wins
                    }
                }

                if (cells.Values.All(v => v is null || (v is string s && string.IsNullOrWhiteSpace(s))))
                {
                    continue;
                }

                if (ImportTemplate.IsExample(cells.Values))
                {
                    skippedExamples?.Add(number);
                    continue;
                }

                rows.Add((number, cells));
            }
        }
        catch (OperationCanceledException)
        {
            return TooSlow(clock);
        }
#pragma warning disable CA1031 // A corrupt workbook can fail in many ways inside MiniExcel; each is the user's file, not our bug.
        catch (Exception ex) when (ex is not OutOfMemoryException)
#pragma warning restore CA1031
        {
            return "Không đọc được tệp Excel: tệp bị hỏng hoặc không đúng định dạng .xlsx. Vui lòng lưu lại tệp bằng Excel rồi thử lại.";
        }

        var missing = ImportColumn.Of(kind).Where(c => c.IsRequired && !headers.Contains(c.Header)).Select(c => c.Header).ToList();
        if (missing.Count > 0)
        {
            return $"Tệp không đúng mẫu \"{kind.Name}\": thiếu cột {string.Join(", ", missing.Select(m => $"\"{m}\""))}. Vui lòng dùng mẫu tải từ trang này (dòng 1 là tiêu đề cột).";
        }

        return rows.Count > 0 ? null
            : skippedExamples is { Count: > 0 } ? $"Tệp chỉ có dòng ví dụ của mẫu (dòng bắt đầu bằng \"{ImportTemplate.ExampleMarker}\"), dòng này không được nhập. Vui lòng điền số liệu của đơn vị vào các dòng bên dưới rồi tải lên lại."
            : "Tệp không có dòng dữ liệu nào (dòng 1 là tiêu đề cột, số liệu bắt đầu từ dòng 2).";
    }

    private static readonly IFormatProvider Invariant = System.Globalization.CultureInfo.InvariantCulture;

    private static string? TooLongCell(IDictionary<string, object?> row, int number, ImportLimits limits)
    {
        foreach (var (column, value) in row)
        {
            if (value is string text && text.Length > limits.MaxCellLength)
            {
                return $"Ô {column}{number} dài {text.Length:N0} ký tự, vượt quá {limits.MaxCellLength:N0} ký tự cho phép của một ô. Vui lòng rút gọn nội dung ô này.";
            }
        }

        return null;
    }

    private static string TooSlow(Stopwatch clock) =>
        $"Tệp quá phức tạp: đọc hơn {clock.Elapsed.TotalSeconds:N0} giây chưa xong. Vui lòng chỉ giữ lại số liệu cần nhập (dùng mẫu tải từ trang này) rồi thử lại.";
}
