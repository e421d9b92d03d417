using System.Buffers.Binary;
using System.IO.Compression;

namespace NguyenTrai.DigitalLiteracy.LoadTool;

/// <summary>
/// A photo-sized PNG (1024x768, smooth colours with sensor-like noise, a few hundred KB), made in memory: what a
/// ward officer's phone picture weighs on the wire, without committing an image to the repository.
/// </summary>
public static class PngPhoto
{
    public static byte[] Create(int seed, int width = 1024, int height = 768)
    {
        var random = new Random(seed);
        var raw = new byte[height * ((width * 3) + 1)];
        var i = 0;
        for (var y = 0; y < height; y++)
        {
            raw[i++] = 0; // filter: none
            for (var x = 0; x < width; x++)
            {
                raw[i++] = (byte)Math.Clamp((x * 255 / width) + random.Next(-6, 7), 0, 255);
                raw[i++] = (byte)Math.Clamp((y * 255 / height) + random.Next(-6, 7), 0, 255);
                raw[i++] = (byte)Math.Clamp(((x + y + seed) % 256) + random.Next(-6, 7), 0, 255);
            }
        }

        using var png = new MemoryStream();
        png.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8; // bit depth
        header[9] = 2; // truecolour
        Chunk(png, "IHDR", header);
        using (var compressed = new MemoryStream())
        {
            using (var zlib = new ZLibStream(compressed, CompressionLevel.Fastest, leaveOpen: true))
            {
                zlib.Write(raw);
            }

            Chunk(png, "IDAT", compressed.ToArray());
        }

        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    private static void Chunk(Stream png, string type, byte[] data)
    {
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
        png.Write(length);
        var typed = new byte[4 + data.Length];
        System.Text.Encoding.ASCII.GetBytes(type).CopyTo(typed, 0);
        data.CopyTo(typed, 4);
        png.Write(typed);
        Span<byte> crc = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(crc, System.IO.Hashing.Crc32.HashToUInt32(typed));
        png.Write(crc);
    }
}
