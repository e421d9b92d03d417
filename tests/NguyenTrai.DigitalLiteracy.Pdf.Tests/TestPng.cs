using System.IO.Compression;
using System.Text;

namespace NguyenTrai.DigitalLiteracy.Pdf.Tests;

/// <summary>Small RGBA PNGs made by the test (a red ring for a seal, a blue stroke for a signature), no image package.</summary>
internal static class TestPng
{
    public static byte[] Seal(int size = 120) => Draw(size, size, (x, y) =>
    {
        var (dx, dy) = (x - size / 2.0, y - size / 2.0);
        var r = Math.Sqrt(dx * dx + dy * dy);
        return (r > 0.40 * size && r < 0.48 * size) || r < 0.12 * size ? ((byte)200, (byte)20, (byte)30, (byte)255) : ((byte)0, (byte)0, (byte)0, (byte)0);
    });

    public static byte[] Signature(int width = 240, int height = 100) => Draw(width, height, (x, y) =>
    {
        var curve = height / 2.0 + height / 3.0 * Math.Sin(x / 18.0);
        return Math.Abs(y - curve) < 4 ? ((byte)20, (byte)40, (byte)190, (byte)255) : ((byte)0, (byte)0, (byte)0, (byte)0);
    });

    private static byte[] Draw(int width, int height, Func<int, int, (byte R, byte G, byte B, byte A)> pixel)
    {
        var raw = new MemoryStream();
        for (var y = 0; y < height; y++)
        {
            raw.WriteByte(0); // filter: none
            for (var x = 0; x < width; x++)
            {
                var (r, g, b, a) = pixel(x, y);
                raw.Write([r, g, b, a]);
            }
        }
        var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
        {
            zlib.Write(raw.ToArray());
        }
        var png = new MemoryStream();
        png.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        Chunk(png, "IHDR", [.. BigEndian(width), .. BigEndian(height), 8, 6, 0, 0, 0]);
        Chunk(png, "IDAT", compressed.ToArray());
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    private static void Chunk(Stream png, string type, byte[] data)
    {
        var typeBytes = Encoding.ASCII.GetBytes(type);
        png.Write(BigEndian(data.Length));
        png.Write(typeBytes);
        png.Write(data);
        png.Write(BigEndian((int)Crc32([.. typeBytes, .. data])));
    }

    private static byte[] BigEndian(int value) => [(byte)(value >> 24), (byte)(value >> 16), (byte)(value >> 8), (byte)value];

    private static uint Crc32(byte[] data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
            }
        }
        return ~crc;
    }
}
