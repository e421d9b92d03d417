namespace NguyenTrai.DigitalLiteracy.Web.Features.ExcelImport;

/// <summary>
/// The "ExcelImport" configuration section: hard bounds checked before and while a workbook is read, so a
/// small hostile file (a zip bomb, one 200 MB cell, a million blank rows) costs little memory and time.
/// A filled 1,000-row template is about 100 KB packed and 2 MB unpacked: every default leaves wide room.
/// </summary>
public sealed class ImportLimits
{
    public const string Section = "ExcelImport";

    /// <summary>The uploaded .xlsx itself.</summary>
    public long MaxFileBytes { get; set; } = 5 * 1024 * 1024;

    /// <summary>Sum of the unpacked sizes of every part of the package.</summary>
    public long MaxUncompressedBytes { get; set; } = 60 * 1024 * 1024;

    /// <summary>Parts (files) inside the package; a workbook has about a dozen.</summary>
    public int MaxEntries { get; set; } = 200;

    /// <summary>The unpacked XML of one part (a sheet, the shared strings).</summary>
    public long MaxPartBytes { get; set; } = 40 * 1024 * 1024;

    /// <summary>Unpacked size over packed size of one part; ordinary sheets compress 5-20 times.</summary>
    public int MaxCompressionRatio { get; set; } = 200;

    /// <summary>Characters in one cell (the longest field takes 4,000).</summary>
    public int MaxCellLength { get; set; } = 4_000;

    /// <summary>Every row read counts, blank ones included, up to the data rows allowed plus the header.</summary>
    public int MaxRows { get; set; } = 1_000;

    /// <summary>Reading stops after this long.</summary>
    public TimeSpan TimeBudget { get; set; } = TimeSpan.FromSeconds(15);
}
