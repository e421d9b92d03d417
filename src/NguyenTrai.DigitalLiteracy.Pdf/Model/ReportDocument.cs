namespace NguyenTrai.DigitalLiteracy.Pdf;

/// <summary>The root of the model: metadata, page setup and sections, each section a flow of blocks.</summary>
public sealed class ReportDocument
{
    public DocumentInfo Info { get; set; } = new();
    public PageSetup PageSetup { get; set; } = PageSetup.Decree30A4;
    public PageNumbering PageNumbering { get; set; } = new();
    public IList<Section> Sections { get; } = [];

    /// <summary>
    /// Text stamped on every page of an unissued document, e.g. "DỰ THẢO" (Decree 30: drafts are marked so);
    /// null for an issued document. Drawn large, light grey and diagonal beneath the content, so it hides no text.
    /// </summary>
    public string? DraftMark { get; set; }

    /// <summary>
    /// QR code and verification code drawn at the bottom of the content area of the last page (a new page when
    /// the last one has no room left); null for none.
    /// </summary>
    public VerificationBlock? VerificationFooter { get; set; }

    /// <summary>Adds a section; every section starts on a new page, with its own orientation.</summary>
    public Section AddSection(PageOrientation orientation = PageOrientation.Portrait)
    {
        var section = new Section { Orientation = orientation };
        Sections.Add(section);
        return section;
    }
}
