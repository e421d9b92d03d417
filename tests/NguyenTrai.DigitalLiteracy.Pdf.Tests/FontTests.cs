using PdfSharp.Fonts;

namespace NguyenTrai.DigitalLiteracy.Pdf.Tests;

public class FontTests
{
    [Fact]
    public void Registration_is_idempotent_across_threads()
    {
        Parallel.For(0, 16, _ => PdfFonts.EnsureRegistered());

        Assert.IsType<SerifFontResolver>(GlobalFontSettings.FontResolver);
        Assert.Equal("Noto Serif", PdfFonts.FamilyName);
    }

    [Theory]
    [InlineData("Arial", false, false)]
    [InlineData("Noto Serif", true, false)]
    [InlineData("Some Unknown Family", false, true)]
    [InlineData("Times New Roman", true, true)]
    public void Every_family_resolves_to_a_bundled_face(string family, bool bold, bool italic)
    {
        var resolver = SerifFontResolver.FromEmbeddedNotoSerif();

        var info = resolver.ResolveTypeface(family, bold, italic);

        Assert.NotNull(info);
        var bytes = resolver.GetFont(info.FaceName);
        Assert.NotNull(bytes);
        Assert.True(bytes.Length > 100_000);
    }

    [Fact]
    public void Missing_times_new_roman_folder_fails_loudly() =>
        Assert.Throws<DirectoryNotFoundException>(() => SerifFontResolver.FromTimesNewRomanFolder("/no/such/folder"));
}
