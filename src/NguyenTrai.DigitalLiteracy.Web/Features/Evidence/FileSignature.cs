namespace NguyenTrai.DigitalLiteracy.Web.Features.Evidence;

/// <summary>Decides a file's type by its first bytes; the name and the browser's content type are not trusted.</summary>
public static class FileSignature
{
    private static readonly (byte[] Magic, string ContentType, string Extension)[] Allowed =
    [
        ([0xFF, 0xD8, 0xFF], "image/jpeg", ".jpg"),
        ([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], "image/png", ".png"),
        ("%PDF-"u8.ToArray(), "application/pdf", ".pdf"),
    ];

    public const int HeaderLength = 8;

    /// <returns>The content type and usual extension, or null when the content is none of jpg, png, pdf.</returns>
    public static (string ContentType, string Extension)? Detect(ReadOnlySpan<byte> header)
    {
        foreach (var (magic, contentType, extension) in Allowed)
        {
            if (header.StartsWith(magic))
            {
                return (contentType, extension);
            }
        }

        return null;
    }

    public static string[] ExtensionsFor(string contentType) => contentType switch
    {
        "image/jpeg" => [".jpg", ".jpeg"],
        "image/png" => [".png"],
        _ => [".pdf"],
    };
}
