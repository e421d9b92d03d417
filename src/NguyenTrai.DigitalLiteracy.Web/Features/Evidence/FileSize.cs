using System.Globalization;

namespace NguyenTrai.DigitalLiteracy.Web.Features.Evidence;

/// <summary>Sizes as a Vietnamese reader expects them: "1,5 MB", "820 KB".</summary>
public static class FileSize
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    public static string Format(long bytes) => bytes switch
    {
        < 1024 => bytes.ToString("N0", Vietnamese) + " byte",
        < 1024 * 1024 => (bytes / 1024d).ToString("N0", Vietnamese) + " KB",
        _ => (bytes / (1024d * 1024d)).ToString("N1", Vietnamese) + " MB",
    };
}
