using NguyenTrai.DigitalLiteracy.Domain.Entries;
using NguyenTrai.DigitalLiteracy.Domain.Reports;

namespace NguyenTrai.DigitalLiteracy.Web.Features.UnitReports;

public sealed record EvidenceLink(int Id, string Label, bool IsLink);

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

public sealed record ReportTotals(
    int TrainingSessions, long Participants, long Women, long Aged60Plus, long Accounts, long Completions,
    int PropagandaCount, long PropagandaQuantity, long PropagandaReach,
    int Initiatives, int InitiativesSelected, int Integrations, long IntegrationReach);

public sealed record HistoryRow(DateTime AtUtc, string ByName, UnitReportStatus? From, UnitReportStatus To, string? Reason);

/// <summary>What a unit did in a period: entries by type with totals and evidence, and the report's history.</summary>
public sealed record ReportContents(IReadOnlyList<EntryRow> Entries, ReportTotals Totals, IReadOnlyList<HistoryRow> History)
{
    public IEnumerable<EntryRow> OfType(EntryType type) => Entries.Where(e => e.Type == type);

    public int EvidenceCount => Entries.Sum(e => e.Evidence.Count);
}
