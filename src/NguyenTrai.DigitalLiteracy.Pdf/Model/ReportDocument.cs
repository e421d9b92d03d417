namespace NguyenTrai.DigitalLiteracy.Pdf;

/// <summary>The root of the model: metadata, page setup and sections, each section a flow of blocks.</summary>
public sealed class ReportDocument
{
    public DocumentInfo Info { get; set; } = new();
    public PageSetup PageSetup { get; set; } = PageSetup.Decree30A4;
    public PageNumbering PageNumbering { get; set; } = new();
    public IList<Section> Sections { get; } = [];

    /// <summary>Adds a section; every section starts on a new page, with its own orientation.</summary>
    public Section AddSection(PageOrientation orientation = PageOrientation.Portrait)
    {
        var section = new Section { Orientation = orientation };
        Sections.Add(section);
        return section;
    }
}
