namespace NguyenTrai.DigitalLiteracy.Web.Features.ConsolidatedReports;

/// <summary>The five body sections of a report, as the office edits them (paragraphs separated by blank lines).</summary>
public sealed record DraftSections(string Direction, string Results, string Assessment, string NextTasks, string Proposals);
