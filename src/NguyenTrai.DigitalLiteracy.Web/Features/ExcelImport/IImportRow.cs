using NguyenTrai.DigitalLiteracy.Domain.Entries;

namespace NguyenTrai.DigitalLiteracy.Web.Features.ExcelImport;

/// <summary>
/// One spreadsheet row. Its properties carry the column header as [Display(Name)] and the same validation
/// attributes as the entry forms; cross-field rules come from <see cref="Entry.Validate"/> of the built entry.
/// </summary>
public interface IImportRow
{
    /// <summary>"Phong trào": campaign names separated by ';' (resolved by the importer).</summary>
    string? Campaigns { get; set; }

    Entry ToEntry();
}
