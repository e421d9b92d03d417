using PdfSharp.Drawing;
using QRCoder;

namespace NguyenTrai.DigitalLiteracy.Pdf;

/// <summary>The QR code on the left, the caption (code, then the address) beside it, vertically centred.</summary>
internal sealed class VerificationLayout : LaidOutBlock
{
    private readonly VerificationBlock block;
    private readonly ParagraphLayout caption;
    private readonly IReadOnlyList<(int Row, int Column, int Length)> darkRuns;
    private readonly int modulesPerSide;

    private VerificationLayout(VerificationBlock block, ParagraphLayout caption, IReadOnlyList<(int, int, int)> darkRuns, int modulesPerSide)
    {
        this.block = block;
        this.caption = caption;
        this.darkRuns = darkRuns;
        this.modulesPerSide = modulesPerSide;
        Height = block.SpaceBefore + Math.Max(block.QrSize, caption.ContentHeight);
    }

    public override double Height { get; }

    public static VerificationLayout Create(VerificationBlock block, TextMeasurer measurer, double width)
    {
        var gap = Units.Mm(3);
        var text = new Paragraph { FontSize = block.FontSize, SpaceAfter = 0 }
            .AddRun($"{block.CodeLabel} ", bold: true)
            .AddRun(block.Code, bold: true)
            .AddRun($"\n{block.UrlLabel}\n")
            .AddRun(block.Url, italic: true);
        var caption = ParagraphLayout.Create(text, measurer, Math.Max(1, width - block.QrSize - gap));
        var (runs, modules) = Modules(block.Url);
        return new VerificationLayout(block, caption, runs, modules);
    }

    public override void Draw(XGraphics graphics, double x, double y)
    {
        var top = y + block.SpaceBefore;
        var module = block.QrSize / modulesPerSide;
        // One path of all dark runs, filled once: no hairline seams between neighbouring modules when rasterised.
        var path = new XGraphicsPath { FillMode = XFillMode.Winding };
        foreach (var (row, column, length) in darkRuns)
        {
            path.AddRectangle(x + column * module, top + row * module, length * module, module);
        }
        graphics.DrawPath(XBrushes.Black, path);
        caption.Draw(graphics, x + block.QrSize + Units.Mm(3), top + (block.QrSize - caption.ContentHeight) / 2);
    }

    /// <summary>Horizontal runs of dark modules; the matrix includes QRCoder's four-module quiet zone.</summary>
    private static (List<(int, int, int)> Runs, int Modules) Modules(string url)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(url, QRCodeGenerator.ECCLevel.M);
        var matrix = data.ModuleMatrix;
        var runs = new List<(int, int, int)>();
        for (var row = 0; row < matrix.Count; row++)
        {
            var bits = matrix[row];
            for (var column = 0; column < bits.Length; column++)
            {
                if (!bits[column])
                {
                    continue;
                }
                var start = column;
                while (column + 1 < bits.Length && bits[column + 1])
                {
                    column++;
                }
                runs.Add((row, start, column - start + 1));
            }
        }
        return (runs, matrix.Count);
    }
}
