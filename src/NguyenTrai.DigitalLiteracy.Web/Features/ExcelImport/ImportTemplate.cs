using System.ComponentModel.DataAnnotations;
using MiniExcelLibs;

namespace NguyenTrai.DigitalLiteracy.Web.Features.ExcelImport;

/// <summary>
/// The .xlsx template: a data sheet with the headers and one example row, and a "Hướng dẫn" sheet. The example's first
/// cell starts with <see cref="ExampleMarker"/>; the import skips such a row even when it is left in the file.
/// </summary>
public static class ImportTemplate
{
    public const string DataSheet = "Số liệu";
    public const string GuideSheet = "Hướng dẫn";
    public const string ExampleMarker = "VÍ DỤ - xóa dòng này";

    public static byte[] Build(ImportKind kind, DateOnly today, IReadOnlyList<string> campaignNames)
    {
        var columns = ImportColumn.Of(kind);
        var example = Activator.CreateInstance(kind.RowType)!;
        // A date inside an open period, so the example shows what a valid row looks like today.
        foreach (var column in columns.Where(c => c.ValueType == typeof(DateOnly)))
        {
            column.Property.SetValue(example, today);
        }

        var data = new Dictionary<string, object?>();
        foreach (var column in columns)
        {
            var value = column.Property.GetValue(example);
            data[column.Header] = value is int or decimal ? value : CellValue.Format(value);
        }

        var first = columns[0].Header;
        data[first] = $"{ExampleMarker}: {data[first]}";

        var guide = columns.Select(c => new Dictionary<string, object?>
        {
            ["Cột"] = c.Header,
            ["Bắt buộc"] = c.IsRequired ? "Có" : "Không",
            ["Cách nhập"] = HowTo(c, campaignNames),
        }).Prepend(new Dictionary<string, object?>
        {
            ["Cột"] = "(dòng 2)",
            ["Bắt buộc"] = "",
            ["Cách nhập"] = $"Dòng 2 là dòng ví dụ, bắt đầu bằng \"{ExampleMarker}\": xóa dòng này hoặc để nguyên, hệ thống không bao giờ nhập dòng ví dụ. Mỗi hoạt động điền một dòng.",
        }).ToList();
        var sheets = new Dictionary<string, object> { [DataSheet] = new[] { data }, [GuideSheet] = guide };
        using var stream = new MemoryStream();
        stream.SaveAs(sheets, excelType: ExcelType.XLSX);
        return stream.ToArray();
    }

    private static string HowTo(ImportColumn column, IReadOnlyList<string> campaignNames)
    {
        var type = column.ValueType;
        var how = column.Property.Name == nameof(IImportRow.Campaigns)
            ? "Tên phong trào, nhiều phong trào cách nhau bằng dấu chấm phẩy (;): " + string.Join("; ", campaignNames)
            : type == typeof(DateOnly) ? "Ngày dạng dd/MM/yyyy (ví dụ 05/11/2026) hoặc ô kiểu ngày của Excel; phải thuộc kỳ báo cáo chưa khóa sổ."
            : type == typeof(int) ? "Số nguyên" + RangeText(column)
            : type == typeof(decimal) ? "Số, có thể có phần thập phân (ví dụ 1,5)" + RangeText(column)
            : type.IsEnum && type.IsDefined(typeof(FlagsAttribute), false) ? "Một hoặc nhiều giá trị, cách nhau bằng dấu chấm phẩy (;): " + string.Join("; ", CellValue.Names(type).Select(n => n.Text))
            : type.IsEnum ? "Một trong các giá trị: " + string.Join("; ", CellValue.Names(type).Select(n => n.Text))
            : column.Rules.OfType<StringLengthAttribute>().FirstOrDefault() is { } length ? $"Văn bản, tối đa {length.MaximumLength:N0} ký tự" : "Văn bản";
        return column.Description is null ? how : how + ". " + column.Description;
    }

    private static string RangeText(ImportColumn column) =>
        column.Rules.OfType<RangeAttribute>().FirstOrDefault() is { } range
            ? string.Create(CellValueCulture, $", từ {range.Minimum:N0} đến {range.Maximum:N0}")
            : "";

    private static readonly System.Globalization.CultureInfo CellValueCulture = System.Globalization.CultureInfo.GetCultureInfo("vi-VN");

    /// <summary>The template's example row (any cell starting with <see cref="ExampleMarker"/>, any case, spaces around allowed).</summary>
    public static bool IsExample(IEnumerable<object?> cells) =>
        cells.OfType<string>().Any(text => Domain.Common.VietnameseText.Normalize(text)?.TrimStart().StartsWith(ExampleMarker, StringComparison.OrdinalIgnoreCase) == true);
}
