using NguyenTrai.DigitalLiteracy.Domain.Targets;

namespace NguyenTrai.DigitalLiteracy.Reporting.Figures;

/// <summary>The headline figures of a <see cref="FigureSet"/>, typed for views and documents. All sums are 64-bit.</summary>
public sealed record Totals(
    long Propaganda, long PropagandaQuantity, long PropagandaReach,
    long Sessions, long Participants, long Women, long Aged60Plus, long Accounts, long Completions,
    long Initiatives, long Integrations, long IntegrationReach,
    long Adults = 0, long AdultsUnknown = 0)
{
    public static Totals From(FigureSet f) => new(
        f[FigureKeys.PropagandaCount], f[FigureKeys.PropagandaQuantity], f[FigureKeys.PropagandaReach],
        f[FigureKeys.TrainingCount], f[FigureKeys.TrainingParticipants], f[FigureKeys.TrainingWomen], f[FigureKeys.TrainingAged60Plus],
        f[FigureKeys.TrainingAccounts], f[FigureKeys.TrainingCompletions],
        f[FigureKeys.InitiativeCount], f[FigureKeys.IntegrationCount], f[FigureKeys.IntegrationReach],
        f[FigureKeys.TrainingAdults], f[FigureKeys.TrainingAdultsUnknown]);

    /// <summary>The figure a yearly target of this metric is measured against.</summary>
    public long Of(TargetMetric metric) => metric switch
    {
        TargetMetric.PeopleTrained => Participants,
        TargetMetric.TrainingSessions => Sessions,
        TargetMetric.AccountsCreated => Accounts,
        TargetMetric.Completions => Completions,
        TargetMetric.PropagandaActivities => Propaganda,
        TargetMetric.Initiatives => Initiatives,
        TargetMetric.IntegrationActivities => Integrations,
        TargetMetric.AdultsTrained => Adults,
        _ => 0,
    };
}
