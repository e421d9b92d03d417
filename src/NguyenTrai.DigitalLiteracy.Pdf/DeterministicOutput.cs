using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using PdfSharp.Pdf;

namespace NguyenTrai.DigitalLiteracy.Pdf;

/// <summary>
/// PDFsharp 6.2.4 writes three random values: the font subset tags ("SOUDFZ+Noto Serif"), the XMP document and
/// instance UUIDs, and the trailer /ID. Issued reports must re-download byte-identical (SHA-256 verified), so
/// after saving each one is overwritten in place with a value derived from the content. Every replacement has
/// the same length and lies in uncompressed dictionary or XMP text, so no byte offset in the xref moves.
/// </summary>
internal static partial class DeterministicOutput
{
    private const int IdBytes = 16;
    private static readonly string ZeroId = new('0', IdBytes * 2);
    private static readonly string ZeroUuid = "00000000-0000-0000-0000-000000000000";

    /// <summary>Saves with an all-zero /ID so the digest below does not depend on PDFsharp's GUID.</summary>
    public static void SetPlaceholderId(PdfDocument pdf)
    {
        var zeros = new string('\0', IdBytes);
        pdf.Internals.FirstDocumentID = zeros;
        pdf.Internals.SecondDocumentID = zeros;
    }

    /// <summary>
    /// For a signed file, while PDFsharp signs it: stamps the bytes written so far in place (same length), and
    /// replaces the signature dictionary's /M (PDFsharp writes the machine clock) with the signing time.
    /// </summary>
    public static void StampBeforeSigning(MemoryStream output, DateTimeOffset signingTime)
    {
        var text = Encoding.Latin1.GetString(Stamp(output.ToArray()));
        var date = PdfDate(signingTime.ToOffset(PdfSigning.VietNamOffset));
        var match = SignatureDate().Match(text);
        if (!match.Success || match.Groups[2].Length != date.Length)
        {
            throw new InvalidOperationException("Signature /M date not found; the PDFsharp output format changed.");
        }
        text = string.Concat(text.AsSpan(0, match.Groups[2].Index), date, text.AsSpan(match.Groups[2].Index + date.Length));
        var bytes = Encoding.Latin1.GetBytes(text);
        if (bytes.Length != output.Length)
        {
            throw new InvalidOperationException("Stamping changed the file length; the signature's byte ranges would be wrong.");
        }
        output.Position = 0;
        output.Write(bytes);
    }

    /// <summary>A PDF date string as PDFsharp writes it: "D:20261129101530+07'00'".</summary>
    private static string PdfDate(DateTimeOffset time)
    {
        var offset = time.Offset.Duration();
        var sign = time.Offset < TimeSpan.Zero ? '-' : '+';
        return string.Create(System.Globalization.CultureInfo.InvariantCulture, $"D:{time:yyyyMMddHHmmss}{sign}{offset.Hours:00}'{offset.Minutes:00}'");
    }

    public static byte[] Stamp(byte[] pdf)
    {
        // Latin-1 maps each byte to one char and back, so indexes in the string are byte offsets.
        var text = Encoding.Latin1.GetString(pdf);
        text = ReplaceSubsetTags(text);
        text = XmpUuid().Replace(text, m => m.Groups[1].Value + ZeroUuid);
        var digest = SHA256.HashData(Encoding.Latin1.GetBytes(text));
        var id = Convert.ToHexString(digest, 0, IdBytes);
        var uuid = new Guid(digest.AsSpan(0, IdBytes)).ToString("D");

        var trailer = text.LastIndexOf("trailer", StringComparison.Ordinal);
        if (trailer < 0 || !text.AsSpan(trailer).Contains(ZeroId, StringComparison.Ordinal))
        {
            throw new InvalidOperationException("PDF trailer /ID placeholder not found; the PDFsharp output format changed.");
        }
        text = string.Concat(text.AsSpan(0, trailer), text.AsSpan(trailer).ToString().Replace(ZeroId, id, StringComparison.Ordinal));
        text = text.Replace(ZeroUuid, uuid, StringComparison.Ordinal);
        return Encoding.Latin1.GetBytes(text);
    }

    /// <summary>Same font and same position in the file always get the same six-letter tag.</summary>
    private static string ReplaceSubsetTags(string text)
    {
        var tags = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match match in SubsetTag().Matches(text))
        {
            var random = match.Groups[1].Value;
            if (!tags.ContainsKey(random))
            {
                tags[random] = TagFor($"{tags.Count}:{match.Groups[2].Value}");
            }
        }
        foreach (var (random, stable) in tags)
        {
            text = text.Replace($"/{random}+", $"/{stable}+", StringComparison.Ordinal);
        }
        return text;
    }

    private static string TagFor(string fontName)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(fontName));
        return string.Create(6, hash, (chars, bytes) =>
        {
            for (var i = 0; i < chars.Length; i++)
            {
                chars[i] = (char)('A' + bytes[i] % 26);
            }
        });
    }

    [GeneratedRegex(@"/(?:BaseFont|FontName)/([A-Z]{6})\+([^/\s<>\[\]()]*)")]
    private static partial Regex SubsetTag();

    [GeneratedRegex(@"(/Type\s*/Sig\b.{0,400}?/M\s*)\((D:\d{14}[^)]*)\)", RegexOptions.Singleline)]
    private static partial Regex SignatureDate();

    [GeneratedRegex(@"(<xmpMM:(?:DocumentID|InstanceID)>uuid:)[0-9a-fA-F-]{36}")]
    private static partial Regex XmpUuid();
}
