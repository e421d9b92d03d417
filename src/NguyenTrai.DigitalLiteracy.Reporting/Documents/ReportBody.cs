using NguyenTrai.DigitalLiteracy.Reporting.Narrative;

namespace NguyenTrai.DigitalLiteracy.Reporting.Documents;

/// <summary>
/// The text of a report as printed: each part's generated sentences followed by the office's own paragraphs.
/// Built at every preview and at issue from the current figures; stored with each issued version.
/// </summary>
public sealed record ReportBody(string Direction, string Results, string Strengths, string Limitations, string NextTasks, string Proposals)
{
    public static ReportBody Of(ReportContent content, ReportFigures figures)
    {
        var generated = NarrativeDrafter.Generate(figures, content.Letterhead);
        var own = content.Sections;
        return new(
            Join(generated.Direction, own.Direction),
            Join(generated.Results, own.Results),
            Join(generated.Strengths, own.Strengths),
            Join(generated.Limitations, own.Limitations),
            own.NextTasks.Trim(),
            Join(generated.Proposals, own.Proposals));
    }

    private static string Join(string generated, string own) =>
        string.Join("\n\n", new[] { generated.Trim(), own.Trim() }.Where(s => s.Length > 0));
}
