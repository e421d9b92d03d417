using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace NguyenTrai.DigitalLiteracy.BrowserTests.Infrastructure;

/// <summary>A small photo drawn by the test (not a committed file), as a phone would send one.</summary>
public static class Photo
{
    public static byte[] Png { get; } = Draw();

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
