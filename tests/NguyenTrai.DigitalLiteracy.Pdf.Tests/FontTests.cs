using PdfSharp.Fonts;

namespace NguyenTrai.DigitalLiteracy.Pdf.Tests;

public class FontTests
{
    private const string Liberation2 = "/usr/share/fonts/truetype/liberation2";

    private static readonly FontChain NothingInstalled = new(null, [], []);

    [Fact]
    public void Registration_is_idempotent_across_threads_and_serves_the_chosen_font()
    {
        var choices = new PdfFontChoice[16];
        Parallel.For(0, choices.Length, i => choices[i] = PdfFonts.EnsureRegistered());

        Assert.All(choices, c => Assert.Same(choices[0], c));
        Assert.Same(choices[0], PdfFonts.Current);
        Assert.IsType<SerifFontResolver>(GlobalFontSettings.FontResolver);
        Assert.Equal(PdfFonts.Current.FamilyName, PdfFonts.FamilyName);
        Assert.DoesNotContain("DejaVu", PdfFonts.FamilyName, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void This_machine_uses_times_new_roman_or_else_liberation_serif()
    {
        var current = PdfFonts.Current;
        var hasTimes = FontChain.ForThisMachine(null).TimesNewRomanFolders
            .Any(f => FontFiles.Find("Times New Roman", f, FontFiles.TimesNewRoman) is not null);
        if (hasTimes)
        {
            Assert.Equal("Times New Roman", current.FamilyName);
            Assert.Null(current.Warning);
        }
        else if (Directory.Exists(Liberation2))
        {
            // Debian CI installs fonts-liberation2 (.ci/run), so this branch is what CI checks.
            Assert.Equal("Liberation Serif", current.FamilyName);
            Assert.Equal(PdfFontSource.SystemLiberationSerif, current.Source);
            Assert.Equal(Path.GetFullPath(Liberation2), current.SourcePath);
            Assert.True(current.IsMetricCompatibleWithTimes);
            Assert.True(current.IsFallback);
            Assert.Contains("Pdf:FontFolder", current.Warning, StringComparison.Ordinal);
        }
        else
        {
            Assert.Equal("Noto Serif", current.FamilyName);
        }
    }

    [Fact]
    public void Configured_folder_with_the_four_times_new_roman_files_comes_first()
    {
        using var folder = new TempFontFolder("times.ttf", "timesbd.ttf", "TIMESI.TTF", "timesbi.ttf");

        var (choice, resolver) = new FontChain(folder.Path, [], [Liberation2]).Choose();

        Assert.Equal(PdfFontSource.ConfiguredFolder, choice.Source);
        Assert.Equal("Times New Roman", choice.FamilyName);
        Assert.True(choice.IsTimesNewRoman);
        Assert.False(choice.IsFallback);
        Assert.Null(choice.Warning);
        Assert.Equal(folder.Bytes("TIMESI.TTF"), resolver.GetFont(resolver.ResolveTypeface("Arial", bold: false, italic: true)!.FaceName));
    }

    [Fact]
    public void Configured_folder_missing_a_face_falls_through_to_system_times_new_roman_with_a_warning()
    {
        using var incomplete = new TempFontFolder("times.ttf", "timesbd.ttf", "timesi.ttf");
        using var system = new TempFontFolder("Times_New_Roman.ttf", "Times_New_Roman_Bold.ttf", "Times_New_Roman_Italic.ttf", "Times_New_Roman_Bold_Italic.ttf");

        var (choice, _) = new FontChain(incomplete.Path, [system.Path], [Liberation2]).Choose();

        Assert.Equal(PdfFontSource.SystemTimesNewRoman, choice.Source);
        Assert.Equal(Path.GetFullPath(system.Path), choice.SourcePath);
        Assert.Contains("không có đủ bốn tệp Times New Roman", choice.Warning, StringComparison.Ordinal);
    }

    [Fact]
    public void Liberation_serif_is_the_metric_compatible_fallback()
    {
        using var liberation = new TempFontFolder("LiberationSerif-Regular.ttf", "LiberationSerif-Bold.ttf", "LiberationSerif-Italic.ttf", "LiberationSerif-BoldItalic.ttf");

        var (choice, _) = new FontChain("/no/such/folder", ["/no/times/either"], ["/no/liberation2", liberation.Path]).Choose();

        Assert.Equal("Liberation Serif", choice.FamilyName);
        Assert.True(choice.IsMetricCompatibleWithTimes);
        Assert.StartsWith("Không tìm thấy thư mục phông chữ", choice.Warning, StringComparison.Ordinal);
        Assert.Contains("Liberation Serif", choice.Warning, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_any_serif_installed_the_bundled_noto_serif_is_used_with_a_warning()
    {
        var (choice, resolver) = NothingInstalled.Choose();

        Assert.Equal(PdfFontSource.BundledNotoSerif, choice.Source);
        Assert.False(choice.IsMetricCompatibleWithTimes);
        Assert.Null(choice.SourcePath);
        Assert.Contains("Noto Serif", choice.Warning, StringComparison.Ordinal);
        Assert.True(resolver.GetFont(resolver.ResolveTypeface("Noto Serif", true, false)!.FaceName)!.Length > 100_000);
    }

    [Fact]
    public void DejaVu_is_never_chosen_even_from_the_configured_folder() =>
        Assert.Equal(PdfFontSource.BundledNotoSerif, new FontChain("/usr/share/fonts/truetype/dejavu", ["/usr/share/fonts/truetype/dejavu"], []).Choose().Choice.Source);

    [Theory]
    [InlineData("Arial", false, false)]
    [InlineData("Noto Serif", true, false)]
    [InlineData("Some Unknown Family", false, true)]
    [InlineData("Times New Roman", true, true)]
    public void Every_family_resolves_to_one_of_the_chosen_faces(string family, bool bold, bool italic)
    {
        PdfFonts.EnsureRegistered();
        var resolver = Assert.IsType<SerifFontResolver>(GlobalFontSettings.FontResolver);

        var info = resolver.ResolveTypeface(family, bold, italic);

        Assert.NotNull(info);
        Assert.Equal(FontFace.For(bold, italic).Name, info.FaceName);
        Assert.True(resolver.GetFont(info.FaceName)!.Length > 100_000);
    }

    [Fact]
    public void Another_folder_after_registration_fails_loudly()
    {
        PdfFonts.EnsureRegistered();

        Assert.Throws<InvalidOperationException>(() => PdfFonts.EnsureRegistered("/some/other/folder"));
    }

    /// <summary>A folder of copies of a real TTF under the given names (the chain only looks at names).</summary>
    private sealed class TempFontFolder : IDisposable
    {
        private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("pdf-fonts-");

        public TempFontFolder(params string[] names)
        {
            var source = Directory.Exists(Liberation2)
                ? System.IO.Path.Combine(Liberation2, "LiberationSerif-Regular.ttf")
                : null;
            for (var i = 0; i < names.Length; i++)
            {
                // Distinct bytes per file so a test can tell which face was served.
                var bytes = source is null ? new byte[200_000] : File.ReadAllBytes(source);
                File.WriteAllBytes(System.IO.Path.Combine(folder.FullName, names[i]), [.. bytes, (byte)i]);
            }
        }

        public string Path => folder.FullName;

        public byte[] Bytes(string name) => File.ReadAllBytes(System.IO.Path.Combine(folder.FullName, name));

        public void Dispose() => folder.Delete(recursive: true);
    }
}
