using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace NguyenTrai.DigitalLiteracy.BrowserTests.Infrastructure;

/// <summary>A small photo drawn by the test (not a committed file), as a phone would send one.</summary>
public static class Photo
{
    public static byte[] Png { get; } = Draw();

    /// <summary>A JPEG of the given size, as a phone camera takes one (smooth colours, a few MB at 12 MP).</summary>
    public static byte[] Jpeg(int width, int height)
    {
        using var image = new Image<Rgb24>(width, height);
        image.ProcessPixelRows(rows =>
        {
            for (var y = 0; y < rows.Height; y++)
            {
                var row = rows.GetRowSpan(y);
                for (var x = 0; x < row.Length; x++)
                {
                    row[x] = new Rgb24((byte)(x * 255 / width), (byte)(y * 255 / height), (byte)((x ^ y) & 0xFF));
                }
            }
        });
        using var stream = new MemoryStream();
        image.SaveAsJpeg(stream, new SixLabors.ImageSharp.Formats.Jpeg.JpegEncoder { Quality = 92 });
        return stream.ToArray();
    }

    private static byte[] Draw()
    {
        using var image = new Image<Rgb24>(120, 90);
        for (var y = 0; y < image.Height; y++)
        {
            for (var x = 0; x < image.Width; x++)
            {
                image[x, y] = new Rgb24((byte)(155 + (x / 2)), (byte)(28 + y), 28);
            }
        }

        using var stream = new MemoryStream();
        image.SaveAsPng(stream);
        return stream.ToArray();
    }
}
