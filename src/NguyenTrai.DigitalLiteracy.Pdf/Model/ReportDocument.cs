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

    /// <summary>Adds a section; every section starts on a new page, with its own orientation.</summary>
    public Section AddSection(PageOrientation orientation = PageOrientation.Portrait)
    {
        var section = new Section { Orientation = orientation };
        Sections.Add(section);
        return section;
    }
}
