using System.Text;
using System.Text.RegularExpressions;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Tokens;

namespace NguyenTrai.DigitalLiteracy.Web.Features.Evidence;

/// <summary>
/// A PDF is stored only when it is a plain document: it must parse and have pages, and it may carry nothing
/// a reader would run or unpack (JavaScript, actions on open or on events, launching programs, embedded files,
/// rich media, XFA forms) nor HTML or SVG text for a browser to sniff. Names are checked in every object,
/// including those packed in object streams, and in the raw bytes with #xx escapes decoded.
/// </summary>
public static partial class PdfInspector
{
    private static readonly HashSet<string> ActiveNames = new(StringComparer.Ordinal)
    {
        "JS", "JavaScript", "OpenAction", "AA", "Launch", "EmbeddedFile", "EmbeddedFiles", "FileAttachment",
        "RichMedia", "XFA", "SubmitForm", "ImportData", "GoToE", "Sound", "Movie",
    };

    private static readonly string[] MarkupMarkers = ["<script", "<html", "<svg", "<iframe", "<body", "javascript:"];

    /// <returns>Null when the PDF may be stored, otherwise the Vietnamese reason.</returns>
    public static string? Check(byte[] bytes)
    {
        var raw = Encoding.Latin1.GetString(bytes);
        if (MarkupMarkers.Any(m => raw.Contains(m, StringComparison.OrdinalIgnoreCase)))
        {
            return Refused("có chứa mã HTML hoặc SVG");
        }

        if (RawNames().Matches(raw).Select(m => Decode(m.Groups[1].Value)).FirstOrDefault(ActiveNames.Contains) is { } rawName)
        {
            return Refused(Explain(rawName));
        }

        try
        {
            using var document = PdfDocument.Open(bytes, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
            if (document.IsEncrypted || document.NumberOfPages < 1)
            {
                return "Không đọc được tệp PDF: tệp được mã hóa hoặc không có trang nào. Vui lòng xuất lại tệp PDF rồi tải lên.";
            }

            var structure = document.Structure;
            var found = FindActive(structure.Catalog.CatalogDictionary, 0);
            foreach (var reference in structure.CrossReferenceTable.ObjectOffsets.Keys)
            {
                found ??= FindActive(structure.GetObject(reference), 0);
            }

            _ = document.GetPage(1);
            return found is null ? null : Refused(Explain(found));
        }
#pragma warning disable CA1031 // A malformed PDF fails inside PdfPig in many ways; each one means "not a usable document".
        catch (Exception ex) when (ex is not OutOfMemoryException)
#pragma warning restore CA1031
        {
            return "Không đọc được tệp PDF: tệp bị hỏng hoặc không đúng định dạng. Vui lòng xuất lại tệp PDF rồi tải lên.";
        }
    }

    private static string? FindActive(IToken? token, int depth) => depth > 64 ? null : token switch
    {
        NameToken name when ActiveNames.Contains(name.Data) => name.Data,
        DictionaryToken dictionary => dictionary.Data.Keys.FirstOrDefault(ActiveNames.Contains)
            ?? dictionary.Data.Values.Select(v => FindActive(v, depth + 1)).FirstOrDefault(f => f is not null),
        ArrayToken array => array.Data.Select(v => FindActive(v, depth + 1)).FirstOrDefault(f => f is not null),
        StreamToken stream => FindActive(stream.StreamDictionary, depth + 1),
        ObjectToken obj => FindActive(obj.Data, depth + 1),
        _ => null,
    };

    private static string Refused(string why) =>
        $"Tệp PDF không được chấp nhận vì {why}. Minh chứng chỉ nhận tài liệu PDF thông thường: vui lòng in hoặc xuất lại thành PDF (\"Microsoft Print to PDF\", \"Lưu dưới dạng PDF\") rồi tải lên.";

    private static string Explain(string name) => name switch
    {
        "JS" or "JavaScript" => "có chứa mã JavaScript",
        "OpenAction" or "AA" => "có thao tác tự chạy khi mở tệp",
        "Launch" => "có lệnh mở chương trình khác",
        "EmbeddedFile" or "EmbeddedFiles" or "FileAttachment" or "GoToE" => "có tệp đính kèm bên trong",
        _ => "có nội dung tương tác (đa phương tiện, biểu mẫu XFA, gửi dữ liệu)",
    };

    /// <summary>Turns #4A#53 into JS: PDF names may spell any byte as #xx.</summary>
    private static string Decode(string name) =>
        name.Contains('#', StringComparison.Ordinal)
            ? HexEscape().Replace(name, m => ((char)Convert.ToByte(m.Groups[1].Value, 16)).ToString())
            : name;

    [GeneratedRegex(@"/((?:[A-Za-z0-9_.\-+]|#[0-9A-Fa-f]{2})+)")]
    private static partial Regex RawNames();

    [GeneratedRegex("#([0-9A-Fa-f]{2})")]
    private static partial Regex HexEscape();
}
