using NguyenTrai.DigitalLiteracy.Domain.Entries;
using NguyenTrai.DigitalLiteracy.Reporting.Compliance;

namespace NguyenTrai.DigitalLiteracy.Reporting.Figures;

public sealed record ChannelFigures(PropagandaChannel Channel, long Count, long Quantity, long Reach);

public sealed record StatusCount(InitiativeStatus Status, long Count);

/// <summary>
/// The figures object of a window: every number a dashboard, the compliance view, a report's text and appendix
/// or a workbook shows for it comes from here, so no two outputs can disagree.
/// </summary>
/// <param name="Total">Every figure of the window (headline and breakdowns).</param>
/// <param name="ByUnit">The headline figures of each unit with entries counted.</param>
public sealed record WindowFigures(
    FiguresScope Scope,
    bool FromFrozenFigures,
    FigureSet Total,
    IReadOnlyDictionary<int, FigureSet> ByUnit,
    IReadOnlyList<StatusCount> InitiativeStatuses,
    IReadOnlyList<Obligation> Obligations)
{
    public Totals Totals => Total.Totals;

    /// <summary>Every channel in enum order, zeros included.</summary>
    public IReadOnlyList<ChannelFigures> Channels => ChannelsOf(Total);

    public IReadOnlyList<ModeFigures> PropagandaModes => Breakdowns.PropagandaModes(Total);

    public IReadOnlyList<TrainingModeFigures> TrainingModes => Breakdowns.TrainingModes(Total);

    public IReadOnlyList<PlatformFigures> Platforms => Breakdowns.Platforms(Total);

    public IReadOnlyList<TargetGroupFigures> TargetGroups => Breakdowns.TargetGroups(Total);

    public ComplianceSummary Compliance => ComplianceSummary.Of(Obligations);

    public IReadOnlyList<UnitCompliance> ComplianceByUnit => ComplianceQuery.ByUnit(Obligations);

    public long InitiativesWith(InitiativeStatus status) => InitiativeStatuses.Where(s => s.Status == status).Sum(s => s.Count);

    public static IReadOnlyList<ChannelFigures> ChannelsOf(FigureSet f) =>
    [
        .. Enum.GetValues<PropagandaChannel>().Select(c => new ChannelFigures(c,
            f[FigureKeys.Channel(c, FigureKeys.Measure.Count)],
            f[FigureKeys.Channel(c, FigureKeys.Measure.Quantity)],
            f[FigureKeys.Channel(c, FigureKeys.Measure.Reach)])),
    ];
}
