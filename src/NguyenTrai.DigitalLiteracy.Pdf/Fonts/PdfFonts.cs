using PdfSharp.Fonts;

namespace NguyenTrai.DigitalLiteracy.Pdf;

/// <summary>
/// Registers the module's font resolver with PDFsharp. <see cref="GlobalFontSettings.FontResolver"/> is
/// process-wide and PDFsharp rejects a new resolver once fonts were used, so the first registration wins;
/// later calls only check that they do not ask for different fonts.
/// </summary>
public static class PdfFonts
{
    private static readonly Lock Gate = new();
    private static SerifFontResolver? registered;

    /// <summary>The family the layout engine requests; the resolver maps every family to the same faces.</summary>
    public static string FamilyName => registered?.FamilyName ?? SerifFontResolver.NotoSerifFamily;

    /// <summary>True when Times New Roman from a folder is used instead of the bundled Noto Serif.</summary>
    public static bool UsesTimesNewRoman => registered?.TimesNewRomanFolder is not null;

    /// <summary>
    /// Registers the resolver once per process. With no folder it keeps whatever this class registered before
    /// (bundled Noto Serif by default). With a folder holding Times New Roman TTFs (e.g.
    /// /usr/share/fonts/truetype/msttcorefonts) those are used; asking for another folder later throws.
    /// </summary>
    public static void EnsureRegistered(string? timesNewRomanFolder = null)
    {
        lock (Gate)
        {
            if (registered is not null)
            {
                if (timesNewRomanFolder is not null && !SameFolder(registered.TimesNewRomanFolder, timesNewRomanFolder))
                {
                    throw new InvalidOperationException(
                        $"PDF fonts are already registered ({registered.FamilyName}); PDFsharp cannot switch fonts within a process.");
                }
                return;
            }

            var resolver = timesNewRomanFolder is null
                ? SerifFontResolver.FromEmbeddedNotoSerif()
                : SerifFontResolver.FromTimesNewRomanFolder(timesNewRomanFolder);
            GlobalFontSettings.FontResolver = resolver;
            registered = resolver;
        }
    }

    private static bool SameFolder(string? a, string b) =>
        a is not null && string.Equals(Path.GetFullPath(a), Path.GetFullPath(b), StringComparison.Ordinal);
}
