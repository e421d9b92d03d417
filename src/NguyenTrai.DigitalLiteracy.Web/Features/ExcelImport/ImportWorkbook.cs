using MiniExcelLibs;
using NguyenTrai.DigitalLiteracy.Domain.Common;

namespace NguyenTrai.DigitalLiteracy.Web.Features.ExcelImport;

/// <summary>Reads the first sheet of an uploaded .xlsx into header-keyed rows, or says in Vietnamese why it cannot.</summary>
public static class ImportWorkbook
{
    public const int MaxRows = 1000;

    public static string? TryRead(byte[] bytes, ImportKind kind, out List<(int Row, Dictionary<string, object?> Cells)> rows)
    {
        rows = [];
        // An .xlsx is a zip archive; anything else (csv, xls, a renamed image) stops here.
        if (!bytes.AsSpan().StartsWith("PK\x03\x04"u8))
        {
            return "Tệp không phải là bảng tính Excel (.xlsx). Vui lòng tải mẫu từ trang này, điền số liệu và tải lên lại.";
        }

        List<string> headers;
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            if (!stream.Query(excelType: ExcelType.XLSX).Any())
            {
                return "Tệp trống: trang tính đầu tiên không có tiêu đề cột và số liệu. Vui lòng dùng mẫu tải từ trang này.";
            }

            stream.Position = 0;
            headers = [.. stream.GetColumns(useHeaderRow: true, excelType: ExcelType.XLSX).Select(h => VietnameseText.Normalize(h) ?? "")];
            stream.Position = 0;
            var number = 1;
            foreach (IDictionary<string, object?> raw in stream.Query(useHeaderRow: true, excelType: ExcelType.XLSX))
            {
                number++;
                if (raw.Values.All(v => v is null || (v is string s && string.IsNullOrWhiteSpace(s))))
                {
                    continue;
                }

                if (rows.Count == MaxRows)
                {
                    return $"Tệp có quá {MaxRows:N0} dòng dữ liệu. Vui lòng chia thành nhiều tệp nhỏ hơn.";
                }

                rows.Add((number, raw.ToDictionary(c => VietnameseText.Normalize(c.Key) ?? "", c => c.Value)));
            }
        }
#pragma warning disable CA1031 // A corrupt workbook can fail in many ways inside MiniExcel; each is the user's file, not our bug.
        catch (Exception ex) when (ex is not OutOfMemoryException)
#pragma warning restore CA1031
        {
            return "Không đọc được tệp Excel: tệp bị hỏng hoặc không đúng định dạng .xlsx. Vui lòng lưu lại tệp bằng Excel rồi thử lại.";
        }

        var missing = ImportColumn.Of(kind.RowType).Where(c => c.IsRequired && !headers.Contains(c.Header)).Select(c => c.Header).ToList();
        if (missing.Count > 0)
        {
            return $"Tệp không đúng mẫu \"{kind.Name}\": thiếu cột {string.Join(", ", missing.Select(m => $"\"{m}\""))}. Vui lòng dùng mẫu tải từ trang này (dòng 1 là tiêu đề cột).";
        }

        return rows.Count == 0 ? "Tệp không có dòng dữ liệu nào (dòng 1 là tiêu đề cột, số liệu bắt đầu từ dòng 2)." : null;
    }
}
