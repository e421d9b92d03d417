using System.Reflection;
using PdfSharp.Fonts;

namespace NguyenTrai.DigitalLiteracy.Pdf;

/// <summary>
/// Serves one serif family in four faces for every family name PDFsharp asks for, so requests for "Arial"
/// (PdfSharp.Charting) or any unknown family never fail on Linux, where PDFsharp finds no system fonts, and
/// never fall back to a font the chain did not choose. DejaVu is never served: its PDFsharp subset drops
/// Vietnamese dots below (PDFsharp issue 348).
/// </summary>
internal sealed class SerifFontResolver : IFontResolver
{
    public const string NotoSerifFamily = "Noto Serif";
    public const string TimesNewRomanFamily = "Times New Roman";
    public const string LiberationSerifFamily = "Liberation Serif";

    private readonly Dictionary<string, Lazy<byte[]>> facesByName;

    private SerifFontResolver(string familyName, Dictionary<string, Lazy<byte[]>> faces)
    {
        FamilyName = familyName;
        facesByName = faces;
    }

    public string FamilyName { get; }

    public static SerifFontResolver FromEmbeddedNotoSerif()
    {
        var faces = new Dictionary<string, Lazy<byte[]>>(StringComparer.Ordinal);
        foreach (var face in FontFace.All)
        {
            faces[face.Name] = new Lazy<byte[]>(() => ReadEmbedded($"Fonts.NotoSerif-{face.Suffix}.ttf"));
        }
        return new SerifFontResolver(NotoSerifFamily, faces);
    }

    public static SerifFontResolver FromFiles(FontFiles files)
    {
        var faces = new Dictionary<string, Lazy<byte[]>>(StringComparer.Ordinal);
        foreach (var (face, path) in files.Paths)
        {
            faces[face.Name] = new Lazy<byte[]>(() => File.ReadAllBytes(path));
        }
        return new SerifFontResolver(files.Family, faces);
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
        new(FontFace.For(bold, italic).Name);

    public byte[]? GetFont(string faceName) =>
        facesByName.TryGetValue(faceName, out var bytes) ? bytes.Value : null;

    private static byte[] ReadEmbedded(string logicalName)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(logicalName)
            ?? throw new InvalidOperationException(
                $"Embedded font {logicalName} is missing: the build runs npm ci in the Pdf project to fetch it.");
        using var copy = new MemoryStream((int)stream.Length);
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
