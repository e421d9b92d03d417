using System.Security.Cryptography;

namespace NguyenTrai.DigitalLiteracy.Reporting.Documents;

/// <summary>
/// The code printed under an issued document's QR code. Twelve random Crockford base-32 characters (60 bits): short
/// enough to type from paper, far too many to guess in bulk behind the rate-limited verification page.
/// </summary>
public static class VerificationCode
{
    /// <summary>Crockford's alphabet: no I, L, O or U, so a typed code is not misread.</summary>
    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    public const int Length = 12;

    public static string New() => RandomNumberGenerator.GetString(Alphabet, Length);

    /// <summary>"ABCD-EFGH-JKMN" for print; the stored and linked form has no dashes.</summary>
    public static string Display(string code) =>
        code.Length == Length ? $"{code[..4]}-{code[4..8]}-{code[8..]}" : code;

    /// <summary>What a person typed, as stored: upper case, dashes and spaces dropped, O read as 0 and I, L as 1; null if it cannot be a code.</summary>
    public static string? Normalize(string? typed)
    {
        if (string.IsNullOrWhiteSpace(typed))
        {
            return null;
        }

        var chars = typed.Trim().ToUpperInvariant().Where(c => c is not ('-' or ' ')).Select(c => c switch
        {
            'O' => '0',
            'I' or 'L' => '1',
            _ => c,
        }).ToArray();
        return chars.Length is >= 10 and <= 20 && chars.All(c => Alphabet.Contains(c, StringComparison.Ordinal)) ? new string(chars) : null;
    }

    /// <summary>The public page of one issued document.</summary>
    public static string Url(string baseUrl, string code) => $"{baseUrl.TrimEnd('/')}/xac-minh/{code}";
}
