using System.Diagnostics;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.Formats.Png;
using SixLabors.ImageSharp.PixelFormats;
using NguyenTrai.DigitalLiteracy.Web.Features.Evidence;

namespace NguyenTrai.DigitalLiteracy.Benchmarks;

/// <summary>
/// What one evidence upload costs the server (docs/performance.md, deadline day): the portal's own sanitiser (decode,
/// strip, re-encode, thumbnail) on the load tool's kind of photo and on phone photos, and the PNG encoder settings
/// the choice of the Sub row filter rests on. Usage: dotnet run -c Release --project tests/NguyenTrai.DigitalLiteracy.Benchmarks -- images [runs]
/// </summary>
public static class ImageBenchmark
{
    public static async Task RunAsync(int runs)
    {
        var noisyPng = Encode(Photo(1024, 768, noise: 6), new PngEncoder { CompressionLevel = PngCompressionLevel.BestSpeed, FilterMethod = PngFilterMethod.None });
        var camera = Encode(Photo(4000, 3000, noise: 2), new JpegEncoder { Quality = 90 });
        var scaled = Encode(Photo(2560, 1920, noise: 2), new JpegEncoder { Quality = 85 });
        Console.WriteLine($"Median of {runs} runs after one warm-up; {Environment.ProcessorCount} cores.");
        Console.WriteLine("| Upload | Size in | Sanitiser ms (decode, strip, re-encode, thumbnail) |");
        Console.WriteLine("|---|---:|---:|");
        foreach (var (name, bytes, type) in new[]
        {
            ("PNG 1024x768 with sensor noise (load tool's kind)", noisyPng, "image/png"),
            ("JPEG 4000x3000 (12 MP camera photo)", camera, "image/jpeg"),
            ("JPEG 2560x1920 (the same, scaled by the browser)", scaled, "image/jpeg"),
        })
        {
            var ms = await MedianAsync(runs, async () =>
            {
                using var stream = new MemoryStream(bytes, writable: false);
                var (clean, error) = await ImageSanitizer.CleanAsync(stream, type, 40_000_000, CancellationToken.None);
                return clean is null ? throw new InvalidOperationException(error) : clean.Bytes.Length;
            });
            Console.WriteLine($"| {name} | {bytes.Length / 1024:N0} KB | {ms:0} |");
        }

        Console.WriteLine();
        Console.WriteLine("| PNG encoder on the decoded 1024x768 photo | Encode ms | Output |");
        Console.WriteLine("|---|---:|---:|");
        using var decoded = Image.Load(noisyPng);
        foreach (var (name, encoder) in new (string, PngEncoder)[]
        {
            ("default level 6, adaptive filter", new PngEncoder()),
            ("fastest level, adaptive filter", new PngEncoder { CompressionLevel = PngCompressionLevel.BestSpeed }),
            ("fastest level, Sub filter (the portal's)", new PngEncoder { CompressionLevel = PngCompressionLevel.BestSpeed, FilterMethod = PngFilterMethod.Sub }),
        })
        {
            var size = 0;
            var ms = await MedianAsync(runs, () => Task.FromResult(size = Encode(decoded, encoder).Length));
            Console.WriteLine($"| {name} | {ms:0} | {size / 1024:N0} KB |");
        }
    }

    private static async Task<double> MedianAsync(int runs, Func<Task<int>> work)
    {
        await work();
        var times = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            var watch = Stopwatch.StartNew();
            await work();
            times.Add(watch.Elapsed.TotalMilliseconds);
        }

        times.Sort();
        return times[times.Count / 2];
    }

    /// <summary>Smooth colours with sensor-like noise: noise is what makes a photo's pixels hard to compress.</summary>
    private static Image<Rgb24> Photo(int width, int height, int noise)
    {
        var random = new Random(2026);
        var image = new Image<Rgb24>(width, height);
        image.ProcessPixelRows(rows =>
        {
            for (var y = 0; y < rows.Height; y++)
            {
                var row = rows.GetRowSpan(y);
                for (var x = 0; x < row.Length; x++)
                {
                    row[x] = new Rgb24(
                        (byte)Math.Clamp((x * 255 / width) + random.Next(-noise, noise + 1), 0, 255),
                        (byte)Math.Clamp((y * 255 / height) + random.Next(-noise, noise + 1), 0, 255),
                        (byte)Math.Clamp(((x + y) % 256) + random.Next(-noise, noise + 1), 0, 255));
                }
            }
        });
        return image;
    }

    private static byte[] Encode(Image image, SixLabors.ImageSharp.Formats.IImageEncoder encoder)
    {
        using var output = new MemoryStream();
        image.Save(output, encoder);
        return output.ToArray();
    }
}
