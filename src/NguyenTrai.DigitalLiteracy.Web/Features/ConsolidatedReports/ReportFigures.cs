namespace NguyenTrai.DigitalLiteracy.Web.Features.ConsolidatedReports;

/// <summary>
/// Every figure a consolidated report prints, counted over approved unit reports only. Stored as JSON with each
/// issued version (DataSnapshotJson), so an issued report can always be traced back to its numbers.
/// </summary>
public sealed record ReportFigures
{
    public DateOnly WindowStart { get; init; }
    public DateOnly WindowEnd { get; init; }
    public IReadOnlyList<ChannelFigures> Propaganda { get; init; } = [];
    public IReadOnlyList<UnitTrainingFigures> TrainingByUnit { get; init; } = [];
    public InitiativeCounts Initiatives { get; init; } = new(0, 0, 0);
    public IReadOnlyList<InitiativeRow> SelectedInitiatives { get; init; } = [];
    public IReadOnlyList<IntegrationRow> Integrations { get; init; } = [];
    public IReadOnlyList<ComplianceRow> Compliance { get; init; } = [];
    public IReadOnlyList<SessionRow> Sessions { get; init; } = [];
    public IReadOnlyList<UnitNarrative> Narratives { get; init; } = [];

    public UnitTrainingFigures TrainingTotal => new(
        "Tổng cộng",
        TrainingByUnit.Sum(t => t.Sessions),
        TrainingByUnit.Sum(t => t.Participants),
        TrainingByUnit.Sum(t => t.Women),
        TrainingByUnit.Sum(t => t.Aged60Plus),
        TrainingByUnit.Sum(t => t.AccountsCreated),
        TrainingByUnit.Sum(t => t.Completions));

    public int PropagandaActivities => Propaganda.Sum(p => p.Activities);
    public int PropagandaQuantity => Propaganda.Sum(p => p.Quantity);
    public long PropagandaReach => Propaganda.Sum(p => p.Reach);
}

public sealed record ChannelFigures(string Channel, int Activities, int Quantity, long Reach);

public sealed record UnitTrainingFigures(string Unit, int Sessions, int Participants, int Women, int Aged60Plus, int AccountsCreated, int Completions);

public sealed record InitiativeCounts(int Proposed, int Selected, int NotSelected);

public sealed record InitiativeRow(string Title, string Kind, string Unit, string Proposer, string Content, string Result);

public sealed record IntegrationRow(DateOnly Date, string Unit, string Plan, string OrganisingBody, string Content, int? Reach);

public sealed record ComplianceRow(string Unit, int Expected, int Approved, int Pending, int Missing);

public sealed record SessionRow(DateOnly Date, string Unit, string Title, string Format, int Participants, int Women, int Aged60Plus);

public sealed record UnitNarrative(string Unit, string? Highlights, string? Difficulties, string? Proposals);
