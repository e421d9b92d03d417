using System.IO.Compression;
using System.Text;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Metadata.Profiles.Exif;
using SixLabors.ImageSharp.PixelFormats;

namespace NguyenTrai.DigitalLiteracy.IntegrationTests.Hardening;

/// <summary>The hostile evidence of the attack, made here: polyglots, active PDFs, a pixel bomb, broken images.</summary>
internal static class HostileFiles
{
    public const string Html = "<html><body><script>alert(document.cookie)</script></body></html>";
    public const string Svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"><script>alert(2)</script></svg>";

    public static byte[] Photo(bool png = false, string? exifDescription = null)
    {
        using var image = new Image<Rgb24>(64, 48);
        for (var y = 0; y < 48; y++)
        {
            for (var x = 0; x < 64; x++)
            {
                image[x, y] = new Rgb24((byte)(x * 4), (byte)(y * 5), 120);
            }
        }

        if (exifDescription is not null)
        {
            image.Metadata.ExifProfile = new ExifProfile();
            image.Metadata.ExifProfile.SetValue(ExifTag.ImageDescription, exifDescription);
            image.Metadata.ExifProfile.SetValue(ExifTag.GPSLatitudeRef, "N");
        }

        using var output = new MemoryStream();
        if (png)
        {
            image.SaveAsPng(output);
        }
        else
        {
            image.SaveAsJpeg(output);
        }

        return output.ToArray();
    }

    public static byte[] Append(byte[] file, string text) => [.. file, .. Encoding.ASCII.GetBytes(text)];

    /// <summary>A JPEG comment segment (FF FE) right after the start marker.</summary>
    public static byte[] JpegComment(byte[] jpeg, string text)
    {
        var body = Encoding.ASCII.GetBytes(text);
        var length = body.Length + 2;
        return [.. jpeg.AsSpan(0, 2), 0xFF, 0xFE, (byte)(length >> 8), (byte)length, .. body, .. jpeg.AsSpan(2)];
    }

    /// <summary>A tEXt chunk inserted after IHDR.</summary>
    public static byte[] PngText(byte[] png, string text)
    {
        var ihdrEnd = 8 + 4 + 4 + 13 + 4;
        return [.. png.AsSpan(0, ihdrEnd), .. Chunk("tEXt", Encoding.Latin1.GetBytes("Comment\0" + text)), .. png.AsSpan(ihdrEnd)];
    }

    /// <summary>A real, valid 1-bit PNG of width x height: a few hundred KB that would decode to gigabytes.</summary>
    public static byte[] PixelBomb(int width, int height)
    {
        using var raw = new MemoryStream();
        using (var zlib = new ZLibStream(raw, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            var row = new byte[1 + ((width + 7) / 8)];
            for (var y = 0; y < height; y++)
            {
                zlib.Write(row);
            }
        }

        var ihdr = new byte[13];
        WriteBigEndian(ihdr, 0, width);
        WriteBigEndian(ihdr, 4, height);
        ihdr[8] = 1; // bit depth
        ihdr[9] = 0; // greyscale
        return [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, .. Chunk("IHDR", ihdr), .. Chunk("IDAT", raw.ToArray()), .. Chunk("IEND", [])];
    }

    /// <summary>The plain one-page PDF with extra entries in its catalog and extra objects (numbered from 4).</summary>
    public static byte[] Pdf(string catalogExtra = "", string[]? extraObjects = null, string comment = "") =>
        Evidence.SampleFiles.PdfWithComment(comment, ["<</Type/Catalog/Pages 2 0 R" + catalogExtra + ">>", "<</Type/Pages/Kids[3 0 R]/Count 1>>", "<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>", .. extraObjects ?? []]);

    private static byte[] Chunk(string type, byte[] data)
    {
        var typeBytes = Encoding.ASCII.GetBytes(type);
        var chunk = new byte[12 + data.Length];
        WriteBigEndian(chunk, 0, data.Length);
        typeBytes.CopyTo(chunk, 4);
        data.CopyTo(chunk, 8);
        WriteBigEndian(chunk, 8 + data.Length, (int)System.IO.Hashing.Crc32.HashToUInt32([.. typeBytes, .. data]));
        return chunk;
    }

    private static void WriteBigEndian(byte[] target, int offset, int value)
    {
        target[offset] = (byte)(value >> 24);
        target[offset + 1] = (byte)(value >> 16);
        target[offset + 2] = (byte)(value >> 8);
        target[offset + 3] = (byte)value;
    }
}
