using System.Text;
using NguyenTrai.DigitalLiteracy.Data;
using NguyenTrai.DigitalLiteracy.Domain.Common;

namespace NguyenTrai.DigitalLiteracy.Web.Features.Evidence;

/// <summary>The name shown and offered on download: no path, no control characters, and an extension matching the content.</summary>
public static class SafeFileName
{
    public static string From(string? uploaded, string? contentType)
    {
        // Some browsers send a full client path; keep only the last segment whichever separator it uses.
        var name = (uploaded ?? "").Split('/', '\\')[^1];
        var builder = new StringBuilder(name.Length);
        foreach (var c in VietnameseText.Normalize(name) ?? "")
        {
            builder.Append(char.IsControl(c) || c is '"' or '<' or '>' or ':' or '*' or '?' or '|' ? '_' : c);
        }

        name = builder.ToString().Trim().TrimStart('.');
        if (name.Length == 0)
        {
            name = "minh-chung";
        }

        if (contentType is not null && FileSignature.ExtensionsFor(contentType) is var extensions && !extensions.Contains(Path.GetExtension(name).ToLowerInvariant()))
        {
            name += extensions[0];
        }

        return name.Length <= FieldLengths.Name ? name : name[..(FieldLengths.Name - 10)] + name[^10..];
    }
}
