using NguyenTrai.DigitalLiteracy.Pdf;

namespace NguyenTrai.DigitalLiteracy.Reporting.Documents;

/// <summary>The Decree 30 pieces every portal document shares: page-1 header, closing with "Nơi nhận" and signature, draft mark.</summary>
public static class DocumentParts
{
    /// <summary>Decree 30: drafts are marked; every page of an unissued document carries it.</summary>
    public const string DraftMark = "DỰ THẢO";

    /// <summary>
    /// The two-column header: parent body and issuing body (long names wrap in the left column only, the short rule
    /// under the last line), "Số: …" level with the place-and-date line; national title and motto never wrap.
    /// </summary>
    public static TwoColumnHeader Header(string parentBody, string issuingBody, string number, string dateLine) =>
        TwoColumnHeader.Decree30(parentBody, issuingBody, "Số: " + number, dateLine);

    /// <summary>Metadata every portal PDF carries (the date is an input, so re-rendering gives the same bytes).</summary>
    public static DocumentInfo Info(string title, string subject, string author, DateOnly date) => new()
    {
        Title = title,
        Subject = subject,
        Author = author,
        CreatedAt = new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.FromHours(7)),
        Language = "vi-VN",
    };

    /// <summary>
    /// "Nơi nhận:" on the left; on the right the authority lines, the signature space (where a digital signature is
    /// drawn) and the signer's name; never split across pages.
    /// </summary>
    public static KeepTogether Closing(string recipients, IReadOnlyList<string> authorityLines, string signerName)
    {
        var left = new List<Block> { new Paragraph("Nơi nhận:", bold: true, italic: true) { FontSize = 12, SpaceAfter = 0 } };
        left.AddRange(recipients.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n')
            .Where(l => l.Trim().Length > 0)
            .Select(l => new Paragraph(l.Trim()) { FontSize = 11, SpaceAfter = 0 }));
        var right = authorityLines.Select(t => (Block)Paragraph.Centered(t, bold: true)).ToList();
        right.Add(new SignatureBox());
        right.Add(new Paragraph(signerName, bold: true) { Alignment = TextAlignment.Center, SpaceAfter = 0 });
        var columns = new SideBySide { SpaceBefore = 12 }.AddColumn(1, [.. left]).AddColumn(1, [.. right]);
        return new KeepTogether(columns);
    }
}
