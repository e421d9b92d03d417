using NguyenTrai.DigitalLiteracy.Reporting.Documents;

namespace NguyenTrai.DigitalLiteracy.Reporting.Workflow;

/// <summary>What the office posts for a draft: its own text, the version it edited and the figures it was shown.</summary>
public sealed record DraftUpdate(string Subject, DraftSections Sections, string Recipients, string SignerName, byte[] RowVersion, string? FiguresShown, bool IncludeSessionList = false);
