using System.Diagnostics;
using System.Text;

namespace NguyenTrai.DigitalLiteracy.Pdf.Tests;

/// <summary>
/// Rasterises with poppler's pdftoppm into a grey PGM (P5), parsed here so no image package is needed.
/// Text extraction cannot see a dropped dot below (the ToUnicode map still says "ệ"); only pixels can.
/// </summary>
internal static class Pdftoppm
{
    public static int CountDarkPixels(byte[] pdf, int threshold = 128)
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
            using (var process = Process.Start(new ProcessStartInfo(tool, ["-gray", "-r", "150", "-singlefile", input, prefix])
            {
                RedirectStandardError = true,
            })!)
            {
                var error = process.StandardError.ReadToEnd();
                process.WaitForExit();
                Assert.True(process.ExitCode == 0, $"pdftoppm failed: {error}");
            }
            var dark = 0;
            foreach (var pixel in ReadPgm(File.ReadAllBytes(prefix + ".pgm")))
            {
                dark += pixel < threshold ? 1 : 0;
            }
            return dark;
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static ReadOnlySpan<byte> ReadPgm(byte[] file)
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
        var count = int.Parse(fields[1]) * int.Parse(fields[2]);
        return file.AsSpan(position + 1, count);
    }

    private static string? FindOnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, name))
            .FirstOrDefault(File.Exists);
}
