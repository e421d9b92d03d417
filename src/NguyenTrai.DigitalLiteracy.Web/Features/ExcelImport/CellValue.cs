using System.Globalization;
using NguyenTrai.DigitalLiteracy.Domain.Common;

namespace NguyenTrai.DigitalLiteracy.Web.Features.ExcelImport;

/// <summary>
/// Turns what MiniExcel read from a cell (text, number, date) into a row property's type, and back for the
/// template. Enums are written and read by their Vietnamese names; [Flags] values as names separated by ';'.
/// </summary>
public static class CellValue
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");
    private static readonly string[] DateFormats = ["dd/MM/yyyy", "d/M/yyyy", "dd/MM/yy", "yyyy-MM-dd"];

    /// <returns>Null when converted (value may be null for an empty cell); otherwise what is wrong, in Vietnamese.</returns>
    public static string? TryConvert(object? cell, Type type, out object? value)
    {
        value = null;
        var text = Text(cell);
        if (text is null)
        {
            return null;
        }

        if (type == typeof(string))
        {
            if (VietnameseText.FirstForbiddenCharacter(text) is { } c)
            {
                return $"chứa ký tự không được phép (ký tự điều khiển hoặc ký tự ẩn U+{(int)c:X4})";
            }

            value = text;
            return null;
        }

        if (type == typeof(int))
        {
            var number = cell is double d ? ToDecimal(d) : ParseDecimal(text);
            if (number is { } n && n == decimal.Truncate(n) && n is >= int.MinValue and <= int.MaxValue)
            {
                value = (int)n;
                return null;
            }

            return "phải là số nguyên";
        }

        if (type == typeof(decimal))
        {
            value = cell is double d ? ToDecimal(d) : ParseDecimal(text);
            return value is null ? "phải là một số" : null;
        }

        if (type == typeof(DateOnly))
        {
            value = cell switch
            {
                DateTime dt => DateOnly.FromDateTime(dt),
                double oa when oa is >= 1 and < 2958466 => DateOnly.FromDateTime(DateTime.FromOADate(oa)),
                _ => DateOnly.TryParseExact(text, DateFormats, Vietnamese, DateTimeStyles.None, out var day) ? day : null,
            };
            return value is not null ? null
                : Infrastructure.Mvc.VietnameseDates.TryParse(text, out _) == Infrastructure.Mvc.VietnameseDates.Outcome.DoesNotExist
                    ? $"không tồn tại ({text}); vui lòng kiểm tra lại ngày và tháng"
                    : "phải là ngày dạng dd/MM/yyyy";
        }

        if (type.IsEnum)
        {
            return ParseEnum(text, type, out value);
        }

        throw new NotSupportedException(type.Name);
    }

    /// <summary>How a value is written in the template and shown in the preview.</summary>
    public static string Format(object? value) => value switch
    {
        null => "",
        DateOnly day => day.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
        Enum e when e.GetType().IsDefined(typeof(FlagsAttribute), false) => string.Join("; ", Names(e.GetType()).Where(n => e.HasFlag(n.Value)).Select(n => n.Text)),
        Enum e => e.Text(),
        decimal m => m.ToString("0.##", Vietnamese),
        int i => i.ToString("N0", Vietnamese),
        _ => value.ToString() ?? "",
    };

    public static IEnumerable<(Enum Value, string Text)> Names(Type enumType) =>
        Enum.GetValues(enumType).Cast<Enum>().Where(v => Convert.ToInt64(v, CultureInfo.InvariantCulture) != 0).Select(v => (v, v.Text()));

    private static string? Text(object? cell)
    {
        var text = cell switch
        {
            null => null,
            double d => d.ToString(CultureInfo.InvariantCulture),
            DateTime dt => dt.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
            _ => Convert.ToString(cell, CultureInfo.InvariantCulture),
        };
        return string.IsNullOrWhiteSpace(text) ? null : VietnameseText.Normalize(text);
    }

    /// <summary>Null for what no decimal holds (1E+300, NaN) instead of an OverflowException.</summary>
    private static decimal? ToDecimal(double d) => double.IsFinite(d) && Math.Abs(d) < 7.9e27 ? (decimal)d : null;

    private static decimal? ParseDecimal(string text) =>
        decimal.TryParse(text, NumberStyles.Number, Vietnamese, out var vi) ? vi
        : decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var invariant) ? invariant
        : null;

    private static string? ParseEnum(string text, Type type, out object? value)
    {
        var flags = type.IsDefined(typeof(FlagsAttribute), false);
        var parts = flags ? text.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : [text];
        long combined = 0;
        foreach (var part in parts)
        {
            var match = Names(type).FirstOrDefault(n => string.Equals(n.Text, part, StringComparison.OrdinalIgnoreCase));
            if (match.Value is null)
            {
                value = null;
                return $"không có giá trị \"{part}\" (xem trang \"Hướng dẫn\")";
            }

            combined |= Convert.ToInt64(match.Value, CultureInfo.InvariantCulture);
        }

        value = Enum.ToObject(type, combined);
        return null;
    }
}
