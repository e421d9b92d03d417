using NguyenTrai.DigitalLiteracy.Domain.Consolidation;

namespace NguyenTrai.DigitalLiteracy.Reporting.Documents;

/// <summary>What the office wrote plus the number and date: everything but the figures that goes into the PDF.</summary>
public sealed record ReportContent(
    ReportAudience Audience,
    string Subject,
    int? Sequence,
    DateOnly DocumentDate,
    DraftSections Sections,
    string Recipients,
    string SignerName,
    bool IncludeSessionList)
{
    public Letterhead Letterhead => Letterhead.For(Audience);

    public string Number => Letterhead.Number(Sequence);
}
