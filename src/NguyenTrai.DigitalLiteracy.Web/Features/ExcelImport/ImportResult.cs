using NguyenTrai.DigitalLiteracy.Domain.Entries;

namespace NguyenTrai.DigitalLiteracy.Web.Features.ExcelImport;

/// <param name="Row">The spreadsheet row number as Excel shows it (the header is row 1).</param>
public sealed record ImportError(int Row, string Column, string Message);

public sealed record ImportedRow(int Row, IImportRow Values, Entry Entry);

/// <summary>What a file turned out to contain: rows ready to save, or why not.</summary>
public sealed class ImportResult(ImportKind kind)
{
    public ImportKind Kind { get; } = kind;

    /// <summary>The whole file is unusable (not an xlsx, another spreadsheet, no rows).</summary>
    public string? FileError { get; set; }

    public List<ImportError> Errors { get; } = [];

    public List<ImportedRow> Rows { get; } = [];

    public IReadOnlyList<ImportColumn> Columns { get; } = ImportColumn.Of(kind);

    /// <summary>Rows marked as the template's example (<see cref="ImportTemplate.ExampleMarker"/>): never imported.</summary>
    public List<int> SkippedExampleRows { get; } = [];

    public bool IsValid => FileError is null && Errors.Count == 0 && Rows.Count > 0;
}
