namespace NguyenTrai.DigitalLiteracy.Pdf;

/// <summary>
/// Picks the report font: Times New Roman from the configured folder, else Times New Roman installed on the
/// server, else Liberation Serif (metric-compatible), else the bundled Noto Serif. Folders are inputs so the
/// choice can be tested without touching the machine's fonts.
/// </summary>
internal sealed record FontChain(string? ConfiguredFolder, IReadOnlyList<string> TimesNewRomanFolders, IReadOnlyList<string> LiberationFolders)
{
    public static FontChain ForThisMachine(string? configuredFolder) => new(
        configuredFolder,
        [.. WindowsFontFolders(), "/usr/share/fonts/truetype/msttcorefonts", "/Library/Fonts", "/System/Library/Fonts/Supplemental"],
        ["/usr/share/fonts/truetype/liberation2", "/usr/share/fonts/truetype/liberation"]);

    public (PdfFontChoice Choice, SerifFontResolver Resolver) Choose()
    {
        var configuredProblem = ConfiguredFolder is null ? null
            : Directory.Exists(ConfiguredFolder)
                ? $"Thư mục phông chữ khai báo trong cấu hình Pdf:FontFolder ({ConfiguredFolder}) không có đủ bốn tệp Times New Roman (times.ttf, timesbd.ttf, timesi.ttf, timesbi.ttf). "
                : $"Không tìm thấy thư mục phông chữ khai báo trong cấu hình Pdf:FontFolder ({ConfiguredFolder}). ";

        if (FontFiles.Find(SerifFontResolver.TimesNewRomanFamily, ConfiguredFolder, FontFiles.TimesNewRoman) is { } configured)
        {
            return Pick(configured, PdfFontSource.ConfiguredFolder, warning: null);
        }
        if (FirstFound(SerifFontResolver.TimesNewRomanFamily, TimesNewRomanFolders, FontFiles.TimesNewRoman) is { } system)
        {
            return Pick(system, PdfFontSource.SystemTimesNewRoman, configuredProblem?.TrimEnd());
        }
        if (FirstFound(SerifFontResolver.LiberationSerifFamily, LiberationFolders, FontFiles.LiberationSerif) is { } liberation)
        {
            return Pick(liberation, PdfFontSource.SystemLiberationSerif, configuredProblem
                + "Máy chủ không có phông Times New Roman nên văn bản PDF dùng phông Liberation Serif, có cùng độ rộng ký tự với "
                + "Times New Roman (bố cục, ngắt dòng, ngắt trang như nhau). Để dùng đúng phông Times New Roman theo Nghị định "
                + "30/2020/NĐ-CP, chép bốn tệp times.ttf, timesbd.ttf, timesi.ttf, timesbi.ttf vào một thư mục trên máy chủ và "
                + "khai báo thư mục đó trong cấu hình Pdf:FontFolder.");
        }
        var noto = new PdfFontChoice
        {
            FamilyName = SerifFontResolver.NotoSerifFamily,
            Source = PdfFontSource.BundledNotoSerif,
            Description = "Phông chữ văn bản PDF: Noto Serif (đi kèm ứng dụng).",
            Warning = configuredProblem
                + "Máy chủ không có phông Times New Roman, cũng không có Liberation Serif: văn bản PDF đang dùng phông Noto Serif "
                + "đi kèm ứng dụng, không phải phông Times New Roman theo Nghị định 30/2020/NĐ-CP và rộng hơn nên ngắt dòng, ngắt "
                + "trang khác bản Word. Cài gói fonts-liberation2 (Debian, Ubuntu) hoặc chép bốn tệp Times New Roman vào một thư "
                + "mục và khai báo trong cấu hình Pdf:FontFolder.",
        };
        return (noto, SerifFontResolver.FromEmbeddedNotoSerif());
    }

    private static FontFiles? FirstFound(string family, IEnumerable<string> folders, IReadOnlyDictionary<string, string[]> names) =>
        folders.Select(folder => FontFiles.Find(family, folder, names)).FirstOrDefault(files => files is not null);

    private static (PdfFontChoice, SerifFontResolver) Pick(FontFiles files, PdfFontSource source, string? warning)
    {
        var choice = new PdfFontChoice
        {
            FamilyName = files.Family,
            Source = source,
            SourcePath = files.Folder,
            Description = $"Phông chữ văn bản PDF: {files.Family} ({files.Folder}).",
            Warning = string.IsNullOrEmpty(warning) ? null : warning,
        };
        return (choice, SerifFontResolver.FromFiles(files));
    }

    private static IEnumerable<string> WindowsFontFolders()
    {
        if (!OperatingSystem.IsWindows())
        {
            yield break;
        }
        var fonts = Environment.GetFolderPath(Environment.SpecialFolder.Fonts);
        if (!string.IsNullOrEmpty(fonts))
        {
            yield return fonts;
        }
        if (Environment.GetEnvironmentVariable("WINDIR") is { Length: > 0 } windir)
        {
            yield return Path.Combine(windir, "Fonts");
        }
    }
}
