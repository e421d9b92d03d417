using NguyenTrai.DigitalLiteracy.Pdf;

using PdfUnits = NguyenTrai.DigitalLiteracy.Pdf.Units;

namespace NguyenTrai.DigitalLiteracy.Reporting.Documents;

/// <summary>The Decree 30 pieces every portal document shares: page-1 header and the closing with "Nơi nhận".</summary>
public static class DocumentParts
{
    public static TwoColumnHeader Header(string parentBody, string issuingBody, string numberLine, string dateLine)
    {
        var header = new TwoColumnHeader();
        header.Left.Add(new HeaderLine(parentBody, 13));
        header.Left.Add(new HeaderLine(issuingBody, 13, Bold: true).WithRule(PdfUnits.Mm(20)));
        header.Left.Add(new HeaderLine(numberLine, 13) { SpaceBefore = 4 });
        header.Right.Add(new HeaderLine("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 12, Bold: true));
        header.Right.Add(new HeaderLine("Độc lập - Tự do - Hạnh phúc", 13, Bold: true).WithRule());
        header.Right.Add(new HeaderLine(dateLine, 13, Italic: true) { SpaceBefore = 4 });
        return header;
    }

    /// <summary>"Nơi nhận:" on the left and the signature on the right, never split across pages.</summary>
    public static KeepTogether Closing(string recipients, IReadOnlyList<string> signatureTitle, string signerName)
    {
        var left = new List<Block> { new Paragraph("Nơi nhận:", bold: true, italic: true) { FontSize = 12, SpaceAfter = 0 } };
        left.AddRange(recipients.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n')
            .Where(l => l.Trim().Length > 0)
            .Select(l => new Paragraph(l.Trim()) { FontSize = 11, SpaceAfter = 0 }));
        var right = signatureTitle.Select(t => (Block)Paragraph.Centered(t, bold: true)).ToList();
        right.Add(new Paragraph(signerName, bold: true) { Alignment = TextAlignment.Center, SpaceBefore = 72, SpaceAfter = 0 });
        var columns = new SideBySide { SpaceBefore = 12 }.AddColumn(1, [.. left]).AddColumn(1, [.. right]);
        return new KeepTogether(columns);
    }
}
