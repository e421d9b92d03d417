using NguyenTrai.DigitalLiteracy.Domain.Entries;
using NguyenTrai.DigitalLiteracy.Domain.Reports;
using NguyenTrai.DigitalLiteracy.Reporting.Figures;

namespace NguyenTrai.DigitalLiteracy.Web.Features.UnitReports;

/// <param name="Url">A link's address (posts on Zalo, fanpages); null for files.</param>
public sealed record EvidenceLink(int Id, string Label, bool IsLink, bool IsImage = false, string? Url = null);

public sealed record EntryRow(int Id, EntryType Type, string Title, DateOnly Date, string Figures, IReadOnlyList<EvidenceLink> Evidence, InitiativeStatus? InitiativeStatus = null, string? EvaluationNote = null)
{
    /// <summary>Detail pages of the entries feature.</summary>
    public string DetailUrl => $"/hoat-dong/{Slug(Type)}/{Id}";

    public static string Slug(EntryType type) => type switch
    {
        EntryType.Propaganda => "tuyen-truyen",
        EntryType.Training => "lop-hoc",
        EntryType.Initiative => "sang-kien",
        _ => "long-ghep",
    };
}

public sealed record HistoryRow(DateTime AtUtc, string ByName, UnitReportStatus? From, UnitReportStatus To, string? Reason);

/// <summary>What a unit did in a period: entries by type with totals and evidence, and the report's history.</summary>
/// <remarks>Totals come from the Reporting module: the figures frozen at approval, or counted from the entries before that.</remarks>
public sealed record ReportContents(IReadOnlyList<EntryRow> Entries, Totals Totals, IReadOnlyList<HistoryRow> History)
{
    public int InitiativesSelected => Entries.Count(e => e.InitiativeStatus == Domain.Entries.InitiativeStatus.Selected);

    public IEnumerable<EntryRow> OfType(EntryType type) => Entries.Where(e => e.Type == type);

    public int EvidenceCount => Entries.Sum(e => e.Evidence.Count);
}
