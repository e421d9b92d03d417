using NguyenTrai.DigitalLiteracy.Domain.Consolidation;

namespace NguyenTrai.DigitalLiteracy.Reporting.Documents;

/// <summary>What the office wrote plus who issues it, the number and date: everything but the figures that goes into the PDF.</summary>
public sealed record ReportContent(
    Letterhead Letterhead,
    string Subject,
    int? Sequence,
    DateOnly DocumentDate,
    DraftSections Sections,
    string Recipients,
    string SignerName,
    bool IncludeSessionList)
{
    public ReportAudience Audience => Letterhead.Audience;

    /// <summary>"12/BC-UBND", or the blank number of a draft.</summary>
    public string Number => Letterhead.Number(Sequence);
}
