namespace NguyenTrai.DigitalLiteracy.Pdf;

/// <summary>Finds Times New Roman TTFs under the names used by msttcorefonts and by Windows.</summary>
internal static class TimesNewRomanFiles
{
    private static readonly Dictionary<string, string[]> CandidatesBySuffix = new(StringComparer.Ordinal)
    {
        ["Regular"] = ["Times_New_Roman.ttf", "times.ttf", "Times New Roman.ttf"],
        ["Bold"] = ["Times_New_Roman_Bold.ttf", "timesbd.ttf", "Times New Roman Bold.ttf"],
        ["Italic"] = ["Times_New_Roman_Italic.ttf", "timesi.ttf", "Times New Roman Italic.ttf"],
        ["BoldItalic"] = ["Times_New_Roman_Bold_Italic.ttf", "timesbi.ttf", "Times New Roman Bold Italic.ttf"],
    };

    public static string Find(string folder, FontFace face)
    {
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"Times New Roman folder not found: {folder}");
        }

        // Linux file systems are case-sensitive and packages differ in case (times.ttf vs Times.TTF).
        var files = Directory.GetFiles(folder);
        foreach (var candidate in CandidatesBySuffix[face.Suffix])
        {
            var match = files.FirstOrDefault(f => string.Equals(Path.GetFileName(f), candidate, StringComparison.OrdinalIgnoreCase));
            if (match is not null)
            {
                return match;
            }
        }
        throw new FileNotFoundException($"No Times New Roman {face.Suffix} TTF in {folder}");
    }
}
