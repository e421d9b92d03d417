namespace NguyenTrai.DigitalLiteracy.Reporting.Documents;

/// <summary>
/// The office's own paragraphs of each part of a report (paragraphs separated by blank lines). They follow the
/// paragraphs generated from the figures (<see cref="Narrative.NarrativeDrafter"/>), which the office does not type.
/// </summary>
public sealed record DraftSections(string Direction, string Results, string Strengths, string Limitations, string NextTasks, string Proposals)
{
    public static DraftSections Empty { get; } = new("", "", "", "", "", "");
}
