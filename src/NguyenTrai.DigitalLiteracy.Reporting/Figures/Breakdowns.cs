using NguyenTrai.DigitalLiteracy.Domain.Entries;
using static NguyenTrai.DigitalLiteracy.Reporting.Figures.FigureKeys;

namespace NguyenTrai.DigitalLiteracy.Reporting.Figures;

public sealed record ModeFigures(DeliveryMode Mode, long Count, long Quantity, long Reach);

public sealed record TrainingModeFigures(DeliveryMode Mode, long Sessions, long Participants);

public sealed record PlatformFigures(DigitalPlatforms Platform, long Sessions, long Participants, long Accounts, long Completions);

public sealed record TargetGroupFigures(TargetGroups Group, long Sessions, long Participants);

/// <summary>
/// The breakdowns the ward's letter asks for, read from a figure set in enum order (zeros included): propaganda and
/// training online and in person, training by platform taught and by target group.
/// </summary>
public static class Breakdowns
{
    public static IReadOnlyList<ModeFigures> PropagandaModes(FigureSet f) =>
        [.. Enum.GetValues<DeliveryMode>().Select(m => new ModeFigures(m, f[PropagandaMode(m, Measure.Count)], f[PropagandaMode(m, Measure.Quantity)], f[PropagandaMode(m, Measure.Reach)]))];

    public static IReadOnlyList<TrainingModeFigures> TrainingModes(FigureSet f) =>
        [.. Enum.GetValues<DeliveryMode>().Select(m => new TrainingModeFigures(m, f[TrainingMode(m, Measure.Count)], f[TrainingMode(m, Measure.Participants)]))];

    public static IReadOnlyList<PlatformFigures> Platforms(FigureSet f) =>
        [.. Enum.GetValues<DigitalPlatforms>().Where(p => p != DigitalPlatforms.None).Select(p => new PlatformFigures(p,
            f[Platform(p, Measure.Count)], f[Platform(p, Measure.Participants)], f[Platform(p, Measure.Accounts)], f[Platform(p, Measure.Completions)]))];

    public static IReadOnlyList<TargetGroupFigures> TargetGroups(FigureSet f) =>
        [.. Enum.GetValues<TargetGroups>().Where(g => g != Domain.Entries.TargetGroups.None).Select(g => new TargetGroupFigures(g,
            f[TargetGroup(g, Measure.Count)], f[TargetGroup(g, Measure.Participants)]))];
}
