using System.Diagnostics;
using System.Text;

namespace NguyenTrai.DigitalLiteracy.Pdf.Tests;

/// <summary>One rasterised page: 8-bit grey, one byte per pixel, row by row (0 = black).</summary>
internal sealed record GrayPage(int Width, int Height, byte[] Pixels)
{
    public int Count(Func<byte, bool> predicate) => Pixels.Count(predicate);
}

/// <summary>
/// Rasterises with poppler's pdftoppm into a grey PGM (P5), parsed here so no image package is needed.
/// Text extraction cannot see a dropped dot below (the ToUnicode map still says "ệ"); only pixels can.
/// </summary>
internal static class Pdftoppm
{
    public static int CountDarkPixels(byte[] pdf, int threshold = 128) => Rasterize(pdf).Count(p => p < threshold);

    /// <summary>Renders one page (1-based) at <paramref name="dpi"/>.</summary>
    public static GrayPage Rasterize(byte[] pdf, int page = 1, int dpi = 150)
    {
        var tool = FindOnPath("pdftoppm")
            ?? throw new InvalidOperationException(
                "pdftoppm is not on PATH: install poppler-utils (apt-get install -y poppler-utils); CI requires it.");
        var folder = Directory.CreateTempSubdirectory("pdf-raster-");
        try
        {
            var input = Path.Combine(folder.FullName, "in.pdf");
            File.WriteAllBytes(input, pdf);
            var prefix = Path.Combine(folder.FullName, "out");
            var number = page.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var arguments = new[] { "-gray", "-r", dpi.ToString(System.Globalization.CultureInfo.InvariantCulture), "-f", number, "-l", number, "-singlefile", input, prefix };
            using (var process = Process.Start(new ProcessStartInfo(tool, arguments) { RedirectStandardError = true })!)
            {
                var error = process.StandardError.ReadToEnd();
                process.WaitForExit();
                Assert.True(process.ExitCode == 0, $"pdftoppm failed: {error}");
            }
            return ReadPgm(File.ReadAllBytes(prefix + ".pgm"));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    public static string? FindOnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, name))
            .FirstOrDefault(File.Exists);

    private static GrayPage ReadPgm(byte[] file)
    {
        // Header: "P5" width height maxval, separated by whitespace, then one byte per pixel (maxval 255).
        var position = 0;
        var fields = new string[4];
        for (var i = 0; i < 4; i++)
        {
            while (char.IsWhiteSpace((char)file[position]))
            {
                position++;
            }
            var start = position;
            while (!char.IsWhiteSpace((char)file[position]))
            {
                position++;
            }
            fields[i] = Encoding.ASCII.GetString(file, start, position - start);
        }
        Assert.Equal("P5", fields[0]);
        Assert.Equal("255", fields[3]);
        var (width, height) = (int.Parse(fields[1]), int.Parse(fields[2]));
        return new GrayPage(width, height, file.AsSpan(position + 1, width * height).ToArray());
    }
}
