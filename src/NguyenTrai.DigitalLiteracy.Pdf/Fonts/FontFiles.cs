namespace NguyenTrai.DigitalLiteracy.Pdf;

/// <summary>
/// The four TTF files of one serif family in a folder, found by the file names its packages use. A folder counts
/// only when all four faces are there: a family with a missing face would be faked by PDFsharp (slanted or
/// smeared glyphs), which is worse than the next candidate in the chain.
/// </summary>
internal sealed record FontFiles(string Family, string Folder, IReadOnlyDictionary<FontFace, string> Paths)
{
    /// <summary>Names used by Windows, msttcorefonts (Debian) and macOS; matched case-insensitively.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> TimesNewRoman = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["Regular"] = ["times.ttf", "Times_New_Roman.ttf", "Times New Roman.ttf"],
        ["Bold"] = ["timesbd.ttf", "Times_New_Roman_Bold.ttf", "Times New Roman Bold.ttf"],
        ["Italic"] = ["timesi.ttf", "Times_New_Roman_Italic.ttf", "Times New Roman Italic.ttf"],
        ["BoldItalic"] = ["timesbi.ttf", "Times_New_Roman_Bold_Italic.ttf", "Times New Roman Bold Italic.ttf"],
    };

    /// <summary>Liberation Serif 1.x and 2.x (Debian fonts-liberation, fonts-liberation2) use the same names.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> LiberationSerif = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["Regular"] = ["LiberationSerif-Regular.ttf"],
        ["Bold"] = ["LiberationSerif-Bold.ttf"],
        ["Italic"] = ["LiberationSerif-Italic.ttf"],
        ["BoldItalic"] = ["LiberationSerif-BoldItalic.ttf"],
    };

    /// <summary>The family's four files in <paramref name="folder"/>, or null when the folder or any face is missing.</summary>
    public static FontFiles? Find(string family, string? folder, IReadOnlyDictionary<string, string[]> namesBySuffix)
    {
        if (string.IsNullOrWhiteSpace(folder) || !Directory.Exists(folder))
        {
            return null;
        }
        // Linux file systems are case-sensitive and packages differ in case (times.ttf vs Times.TTF).
        var files = Directory.GetFiles(folder);
        var paths = new Dictionary<FontFace, string>();
        foreach (var face in FontFace.All)
        {
            var match = namesBySuffix[face.Suffix]
                .Select(name => files.FirstOrDefault(f => string.Equals(Path.GetFileName(f), name, StringComparison.OrdinalIgnoreCase)))
                .FirstOrDefault(f => f is not null);
            if (match is null)
            {
                return null;
            }
            paths[face] = match;
        }
        return new FontFiles(family, Path.GetFullPath(folder), paths);
    }
}
