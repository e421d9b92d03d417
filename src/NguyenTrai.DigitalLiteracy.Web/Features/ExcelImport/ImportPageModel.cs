namespace NguyenTrai.DigitalLiteracy.Web.Features.ExcelImport;

public sealed class ImportPageModel
{
    /// <summary>Slug of the kind chosen in the upload form.</summary>
    public string Kind { get; set; } = ImportKind.Training.Slug;

    public ImportResult? Result { get; set; }

    /// <summary>Set when every row is valid: the confirm form sends it back.</summary>
    public string? Token { get; set; }
}
