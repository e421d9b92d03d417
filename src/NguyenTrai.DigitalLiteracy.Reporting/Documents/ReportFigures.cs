using NguyenTrai.DigitalLiteracy.Reporting.Compliance;
using NguyenTrai.DigitalLiteracy.Reporting.Figures;

namespace NguyenTrai.DigitalLiteracy.Reporting.Documents;

/// <summary>
/// Every figure and row a consolidated report prints (text, Biểu 1-6, workbook), taken from one
/// <see cref="WindowFigures"/>. Stored as JSON with each issued version, so an issued report can always be traced
/// back to its numbers.
/// </summary>
public sealed record ReportFigures
{
    public DateOnly WindowStart { get; init; }
    public DateOnly WindowEnd { get; init; }
    public Totals Totals { get; init; } = FigureSet.Empty.Totals;
    /// <summary>The movements the report is restricted to; empty for every entry.</summary>
    public IReadOnlyList<string> Movements { get; init; } = [];

    public IReadOnlyList<ChannelFigureRow> Propaganda { get; init; } = [];
    public IReadOnlyList<ModeFigures> PropagandaByMode { get; init; } = [];
    public IReadOnlyList<TrainingModeFigures> TrainingByMode { get; init; } = [];
    public IReadOnlyList<PlatformFigures> TrainingByPlatform { get; init; } = [];
    public IReadOnlyList<TargetGroupFigures> TrainingByGroup { get; init; } = [];
    public IReadOnlyList<PlaceRow> Places { get; init; } = [];
    public IReadOnlyList<UnitTrainingFigures> TrainingByUnit { get; init; } = [];
    public InitiativeCounts Initiatives { get; init; } = new(0, 0, 0, 0);
    public IReadOnlyList<InitiativeRow> SelectedInitiatives { get; init; } = [];
    public IReadOnlyList<IntegrationRow> Integrations { get; init; } = [];
    public IReadOnlyList<ComplianceRow> Compliance { get; init; } = [];
    public ComplianceSummary ComplianceTotal { get; init; } = ComplianceSummary.Empty;
    public IReadOnlyList<SessionRow> Sessions { get; init; } = [];
    public IReadOnlyList<UnitNarrative> Narratives { get; init; } = [];

    public UnitTrainingFigures TrainingTotal => new("Tổng cộng", Totals.Sessions, Totals.Participants, Totals.Women, Totals.Aged60Plus, Totals.Accounts, Totals.Completions);
}

/// <summary>Where banners, broadcasts and sessions took place (nhà văn hóa, trụ sở, trục đường), as units wrote it.</summary>
public sealed record PlaceRow(string Place, long Propaganda, long Sessions);

public sealed record ChannelFigureRow(string Channel, long Activities, long Quantity, long Reach);

public sealed record UnitTrainingFigures(string Unit, long Sessions, long Participants, long Women, long Aged60Plus, long AccountsCreated, long Completions);

/// <summary>Initiatives counted in the window (proposed by units in approved reports) and the office's evaluation of them.</summary>
public sealed record InitiativeCounts(long Proposed, long UnderReview, long Selected, long NotSelected);

public sealed record InitiativeRow(string Title, string Kind, string Unit, string Proposer, string Content, string Result)
{
    /// <summary>"Đơn vị; người đề xuất", the proposer once when it is the unit itself.</summary>
    public string UnitAndProposer => string.IsNullOrWhiteSpace(Proposer) || string.Equals(Proposer.Trim(), Unit.Trim(), StringComparison.OrdinalIgnoreCase)
        ? Unit
        : $"{Unit}; {Proposer}";
}

public sealed record IntegrationRow(DateOnly Date, string Unit, string Plan, string OrganisingBody, string Content, long? Reach);

/// <summary>Biểu 3: a unit's monthly reports owed in the window and where they stand.</summary>
public sealed record ComplianceRow(string Unit, int Expected, int NotDue, int Approved, int Pending, int NotSent, int OnTime, int Late);

public sealed record SessionRow(DateOnly Date, string Unit, string Title, string Format, long Participants, long Women, long Aged60Plus);

public sealed record UnitNarrative(string Unit, string? Highlights, string? Difficulties, string? Proposals);
