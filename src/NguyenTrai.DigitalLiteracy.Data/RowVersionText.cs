namespace NguyenTrai.DigitalLiteracy.Data;

/// <summary>RowVersion travels through forms as base64; a mangled value counts as "not the current version".</summary>
public static class RowVersionText
{
    public static string Of(byte[]? version) => version is null ? "" : Convert.ToBase64String(version);

    public static byte[] Parse(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return [];
        }

        var buffer = new byte[text.Length];
        return Convert.TryFromBase64String(text, buffer, out var written) ? buffer[..written] : [0];
    }
}
