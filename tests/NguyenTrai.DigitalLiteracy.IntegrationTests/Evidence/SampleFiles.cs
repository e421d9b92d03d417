using System.Text;

namespace NguyenTrai.DigitalLiteracy.IntegrationTests.Evidence;

/// <summary>Small real files of each allowed type, and disguised ones that must be refused.</summary>
internal static class SampleFiles
{
    /// <summary>A 1x1 PNG.</summary>
    public static readonly byte[] Png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    /// <summary>A 1x1 baseline JPEG.</summary>
    public static readonly byte[] Jpeg = Convert.FromBase64String("/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAP//////////////////////////////////////////////////////////////////////////////////////wgALCAABAAEBAREA/8QAFBABAAAAAAAAAAAAAAAAAAAAAP/aAAgBAQABPxA=");

    /// <summary>A one-page PDF with no content stream (with its cross-reference table: a PDF without one is refused).</summary>
    public static readonly byte[] Pdf = PdfOf("<</Type/Catalog/Pages 2 0 R>>", "<</Type/Pages/Kids[3 0 R]/Count 1>>", "<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>");

    /// <summary>A well-formed PDF whose objects 1, 2, 3... are the given dictionaries; object 1 is the catalog.</summary>
    public static byte[] PdfOf(params string[] objects) => PdfWithComment("", objects);

    /// <param name="comment">Text put as a comment line after the header (a polyglot's payload).</param>
    public static byte[] PdfWithComment(string comment, params string[] objects)
    {
        var text = new StringBuilder("%PDF-1.4\n").Append(comment);
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(Encoding.Latin1.GetByteCount(text.ToString()));
            text.Append(i + 1).Append(" 0 obj").Append(objects[i]).Append("endobj\n");
        }

        var xref = Encoding.Latin1.GetByteCount(text.ToString());
        text.Append("xref\n0 ").Append(objects.Length + 1).Append("\n0000000000 65535 f \n");
        offsets.ForEach(o => text.Append(o.ToString("D10", System.Globalization.CultureInfo.InvariantCulture)).Append(" 00000 n \n"));
        text.Append("trailer<</Size ").Append(objects.Length + 1).Append("/Root 1 0 R>>\nstartxref\n").Append(xref).Append("\n%%EOF\n");
        return Encoding.Latin1.GetBytes(text.ToString());
    }

    /// <summary>A Windows executable's DOS header.</summary>
    public static readonly byte[] WindowsExecutable = [0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0xFF, 0xFF, 0x00, 0x00];

    /// <summary>A Linux ELF header.</summary>
    public static readonly byte[] LinuxExecutable = [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00];

    public static readonly byte[] Text = Encoding.UTF8.GetBytes("<script>alert('minh chứng')</script> đây không phải là ảnh");

    /// <summary>A real JPEG photo of the given size (smooth colours, as a camera takes them).</summary>
    public static byte[] JpegPhoto(int width, int height)
    {
        using var image = new SixLabors.ImageSharp.Image<SixLabors.ImageSharp.PixelFormats.Rgb24>(width, height);
        image.ProcessPixelRows(rows =>
        {
            for (var y = 0; y < rows.Height; y++)
            {
                var row = rows.GetRowSpan(y);
                for (var x = 0; x < row.Length; x++)
                {
                    row[x] = new SixLabors.ImageSharp.PixelFormats.Rgb24((byte)(x * 255 / width), (byte)(y * 255 / height), 140);
                }
            }
        });
        using var output = new MemoryStream();
        SixLabors.ImageSharp.ImageExtensions.SaveAsJpeg(image, output);
        return output.ToArray();
    }

    /// <summary>A PNG signature followed by padding, to reach a given size.</summary>
    public static byte[] PngOfSize(int size)
    {
        var bytes = new byte[size];
        Png.AsSpan(0, 8).CopyTo(bytes);
        return bytes;
    }
}
