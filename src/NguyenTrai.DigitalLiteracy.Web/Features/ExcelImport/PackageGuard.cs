using System.IO.Compression;

namespace NguyenTrai.DigitalLiteracy.Web.Features.ExcelImport;

/// <summary>
/// Opens an .xlsx as the zip archive it is and refuses it before any spreadsheet parsing when it would unpack
/// to more than <see cref="ImportLimits"/> allow. Declared sizes are checked first (instant), then every part
/// is inflated once into nothing while counting, because a crafted archive can declare less than it holds.
/// </summary>
public static class PackageGuard
{
    /// <returns>Null when the package is within bounds, otherwise the Vietnamese reason.</returns>
    public static string? Check(byte[] bytes, ImportLimits limits, CancellationToken cancellationToken)
    {
        try
        {
            using var archive = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            if (archive.Entries.Count > limits.MaxEntries)
            {
                return $"Tệp chứa {archive.Entries.Count:N0} thành phần, nhiều hơn mức một bảng tính bình thường có ({limits.MaxEntries:N0}). Vui lòng lưu lại tệp bằng Excel từ mẫu của trang này.";
            }

            long declared = 0;
            foreach (var entry in archive.Entries)
            {
                declared += entry.Length;
                if (TooBig(entry, entry.Length, limits) is { } reason)
                {
                    return reason;
                }
            }

            if (declared > limits.MaxUncompressedBytes)
            {
                return TotalTooBig(limits);
            }

            return InflateCounting(archive, limits, cancellationToken);
        }
        catch (InvalidDataException)
        {
            return null; // Not a readable zip: the workbook reader gives its own "tệp bị hỏng" message.
        }
    }

    private static string? InflateCounting(ZipArchive archive, ImportLimits limits, CancellationToken cancellationToken)
    {
        var buffer = new byte[81920];
        long total = 0;
        foreach (var entry in archive.Entries)
        {
            using var stream = entry.Open();
            long size = 0;
            int read;
            while ((read = stream.Read(buffer)) > 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                size += read;
                total += read;
                if (TooBig(entry, size, limits) is { } reason)
                {
                    return reason;
                }

                if (total > limits.MaxUncompressedBytes)
                {
                    return TotalTooBig(limits);
                }
            }
        }

        return null;
    }

    private static string? TooBig(ZipArchiveEntry entry, long size, ImportLimits limits)
    {
        if (size > limits.MaxPartBytes)
        {
            return $"Tệp có phần \"{entry.Name}\" khi giải nén lớn hơn {Evidence.FileSize.Format(limits.MaxPartBytes)} (thường do một ô chứa dữ liệu rất dài hoặc rất nhiều dòng trống). Vui lòng chỉ giữ lại số liệu cần nhập.";
        }

        // A few KB that inflate to many MB is a zip bomb, not a spreadsheet.
        return size > 1024 * 1024 && size > (long)limits.MaxCompressionRatio * Math.Max(1, entry.CompressedLength)
            ? $"Tệp có phần \"{entry.Name}\" nén bất thường (giải nén lớn gấp hơn {limits.MaxCompressionRatio:N0} lần). Tệp không phải là bảng tính Excel bình thường."
            : null;
    }

    private static string TotalTooBig(ImportLimits limits) =>
        $"Tệp khi giải nén lớn hơn {Evidence.FileSize.Format(limits.MaxUncompressedBytes)}, vượt quá mức cho phép của một tệp nhập số liệu. Vui lòng chia thành nhiều tệp nhỏ hơn.";
}
