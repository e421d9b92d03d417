using System.Globalization;

namespace NguyenTrai.DigitalLiteracy.Web.Features.Home;

/// <summary>How a headline figure and its change read in Vietnamese: "1.234", "85,0%", "tăng 15 (+7,7%)", "giảm 2,5 điểm %".</summary>
public static class KpiText
{
    private static readonly CultureInfo Vi = CultureInfo.GetCultureInfo("vi-VN");

    public static string Value(decimal? value, bool percent) => value switch
    {
        null => "—",
        { } v when percent => v.ToString("N1", Vi) + "%",
        { } v => v.ToString("N0", Vi),
    };

    /// <summary>Words first, so the direction never depends on colour alone.</summary>
    public static string Change(KpiChange change, bool percent)
    {
        if (change.Delta is not { } delta)
        {
            return "chưa so sánh được";
        }

        if (delta == 0)
        {
            return "không đổi";
        }

        var size = percent ? Math.Abs(delta).ToString("N1", Vi) + " điểm %" : Math.Abs(delta).ToString("N0", Vi);
        var relative = !percent && change.Percent is { } p ? $" ({(p > 0 ? "+" : "")}{p.ToString("N1", Vi)}%)" : "";
        return (delta > 0 ? "tăng " : "giảm ") + size + relative;
    }

    /// <summary>Bootstrap text colour and icon of a change (AA contrast on white).</summary>
    public static (string Css, string Icon) Direction(KpiChange change) => change.Delta switch
    {
        > 0 => ("text-success-emphasis", "bi-arrow-up-right"),
        < 0 => ("text-danger-emphasis", "bi-arrow-down-right"),
        _ => ("text-body-secondary", "bi-dash"),
    };
}
