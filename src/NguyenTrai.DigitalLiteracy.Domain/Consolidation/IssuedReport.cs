namespace NguyenTrai.DigitalLiteracy.Domain.Consolidation;

/// <summary>One issued version of a consolidated report: the official number, the exact PDF and its hash.</summary>
public class IssuedReport
{
    public int Id { get; set; }
    public int ConsolidatedReportId { get; set; }
    public ConsolidatedReport? ConsolidatedReport { get; set; }
    public int Version { get; set; }
    public int Sequence { get; set; }
    public int Year { get; set; }

    /// <summary>The number as printed, e.g. "15/BC-VHXH".</summary>
    public string Number { get; set; } = "";

    public DateOnly IssueDate { get; set; }
    public DateTime IssuedAtUtc { get; set; }
    public string IssuedById { get; set; } = "";
    public string PdfSha256 { get; set; } = "";
    public long PdfSizeBytes { get; set; }
    public byte[] Pdf { get; set; } = [];
    public string DataSnapshotJson { get; set; } = "";

    /// <summary>The body text exactly as issued (generated figure sentences included), as JSON.</summary>
    public string? TextSnapshotJson { get; set; }

    /// <summary>The appendix workbook issued with the PDF; null for versions issued before workbooks were frozen.</summary>
    public byte[]? Xlsx { get; set; }

    public string? XlsxSha256 { get; set; }
}
