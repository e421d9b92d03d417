using PdfSharp.Fonts;

namespace NguyenTrai.DigitalLiteracy.Pdf;

/// <summary>
/// Chooses and registers the report font once per process. <see cref="GlobalFontSettings.FontResolver"/> is
/// process-wide and PDFsharp rejects a new resolver once fonts were used, so the first registration wins.
/// The Web host calls <see cref="EnsureRegistered"/> at start-up with the setting <c>Pdf:FontFolder</c>; a render
/// that comes first registers the machine's default chain (no configured folder).
/// </summary>
public static class PdfFonts
{
    private static readonly Lock Gate = new();
    private static volatile Registration? registered;

    /// <summary>The font of every PDF of this process (registers the default chain on first use).</summary>
    public static PdfFontChoice Current => registered?.Choice ?? EnsureRegistered();

    /// <summary>The family the layout engine requests; the resolver maps every family to the same four faces.</summary>
    public static string FamilyName => Current.FamilyName;

    /// <summary>
    /// Chooses the font once: Times New Roman in <paramref name="fontFolder"/> (the setting <c>Pdf:FontFolder</c>),
    /// else Times New Roman installed on the server, else Liberation Serif, else the bundled Noto Serif; never
    /// DejaVu. Later calls return the same choice; asking for another folder after fonts were registered throws,
    /// because PDFsharp cannot switch fonts within a process.
    /// </summary>
    public static PdfFontChoice EnsureRegistered(string? fontFolder = null)
    {
        var requested = string.IsNullOrWhiteSpace(fontFolder) ? null : Path.GetFullPath(fontFolder);
        lock (Gate)
        {
            if (registered is { } done)
            {
                if (requested is not null && !string.Equals(done.ConfiguredFolder, requested, StringComparison.Ordinal))
                {
                    throw new InvalidOperationException(
                        $"PDF fonts are already registered ({done.Choice.FamilyName}, configured folder {done.ConfiguredFolder ?? "none"}); "
                        + "PDFsharp cannot switch fonts within a process. Call PdfFonts.EnsureRegistered at start-up, before any render.");
                }
                return done.Choice;
            }

            var (choice, resolver) = FontChain.ForThisMachine(requested).Choose();
            GlobalFontSettings.FontResolver = resolver;
            registered = new Registration(choice, requested);
            return choice;
        }
    }

    /// <summary>A reference, so readers outside the lock see either nothing or a complete registration.</summary>
    private sealed record Registration(PdfFontChoice Choice, string? ConfiguredFolder);
}
