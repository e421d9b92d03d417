using System.ComponentModel.DataAnnotations;

namespace NguyenTrai.DigitalLiteracy.Domain.Consolidation;

/// <summary>What was issued: the consolidated report itself, or the compilation of initiatives sent with it.</summary>
public enum IssuedDocumentKind
{
    [Display(Name = "Báo cáo tổng hợp")] Report = 1,
    [Display(Name = "Tổng hợp sáng kiến")] InitiativeCompilation = 2,
}

/// <summary>
/// One issued version of a document: its number in the văn thư register, the exact PDF and its hash, and the code
/// that opens its public verification page. (Year, Symbol, Sequence) is unique: a number is given once.
/// </summary>
public class IssuedReport
{
    public int Id { get; set; }
    public int ConsolidatedReportId { get; set; }
    public ConsolidatedReport? ConsolidatedReport { get; set; }
    public IssuedDocumentKind Kind { get; set; } = IssuedDocumentKind.Report;
    public int Version { get; set; }

    /// <summary>The number given by the văn thư register; it restarts on 1 January.</summary>
    public int Sequence { get; set; }
    public int Year { get; set; }

    /// <summary>The symbol after the number: "BC-UBND", "BC-VHXH".</summary>
    public string Symbol { get; set; } = "";

    /// <summary>The number as printed, e.g. "15/BC-VHXH".</summary>
    public string Number { get; set; } = "";

    /// <summary>The trích yếu as issued (a later version may change the report's subject).</summary>
    public string? Subject { get; set; }

    /// <summary>The issuing body as printed; null for versions issued before it was stored.</summary>
    public string? IssuerName { get; set; }

    /// <summary>Random, unguessable code printed under the QR code; opens the public verification page.</summary>
    public string VerificationCode { get; set; } = "";

    /// <summary>Subject of the certificate the PDF was signed with; null when issued without a digital signature.</summary>
    public string? SignedWith { get; set; }

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

    public static string FormatNumber(int sequence, string symbol) =>
        sequence.ToString(System.Globalization.CultureInfo.InvariantCulture) + "/" + symbol;
}
