using System.Globalization;
using System.Text.RegularExpressions;

namespace NguyenTrai.DigitalLiteracy.Web.Infrastructure.Mvc;

/// <summary>
/// dd/MM/yyyy as people type it, read the same way by the form binder and the Excel import, with the two messages the
/// browser shows too (wwwroot/js/validation-vi.js): wrong shape, or a day that does not exist (31/02/2026).
/// </summary>
public static partial class VietnameseDates
{
    public const string FormatMessage = "Vui lòng nhập ngày theo dạng ngày/tháng/năm, ví dụ 05/10/2025.";

    public const string DoesNotExistMessage = "Ngày không tồn tại. Vui lòng kiểm tra lại ngày và tháng (tháng 2 chỉ có 28 hoặc 29 ngày; tháng 4, 6, 9, 11 có 30 ngày).";

    // ISO too: what a script or an older client may post; people type dd/MM/yyyy.
    private static readonly string[] Formats = ["d/M/yyyy", "dd/MM/yyyy", "yyyy-MM-dd"];

    public enum Outcome
    {
        Parsed,
        WrongShape,
        DoesNotExist,
    }

    public static Outcome TryParse(string? text, out DateOnly date)
    {
        var trimmed = text?.Trim() ?? "";
        if (DateOnly.TryParseExact(trimmed, Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            return Outcome.Parsed;
        }

        return DayMonthYear().IsMatch(trimmed) ? Outcome.DoesNotExist : Outcome.WrongShape;
    }

    [GeneratedRegex(@"^\d{1,2}/\d{1,2}/\d{4}$")]
    private static partial Regex DayMonthYear();
}
