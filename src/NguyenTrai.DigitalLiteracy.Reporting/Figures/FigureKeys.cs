using System.Globalization;
using NguyenTrai.DigitalLiteracy.Domain.Entries;

namespace NguyenTrai.DigitalLiteracy.Reporting.Figures;

/// <summary>
/// The names of the figures frozen at approval and summed for periods. Adding a figure means a new key here, its
/// computation in a <see cref="FigureFamilies"/> family, and a higher <see cref="Version"/>: at start-up every
/// approved report whose frozen set is older is frozen again (its entries cannot have changed since approval).
/// </summary>
public static class FigureKeys
{
    /// <summary>Raise when keys are added or their computation changes.</summary>
    public const int Version = 3;

    /// <summary>Marks a report's frozen set and its version (an approved report with no entries still has it).</summary>
    public const string VersionKey = "_version";

    public const string PropagandaCount = "propaganda.count";
    public const string PropagandaQuantity = "propaganda.quantity";
    public const string PropagandaReach = "propaganda.reach";
    public const string TrainingCount = "training.count";
    public const string TrainingParticipants = "training.participants";
    public const string TrainingWomen = "training.women";
    public const string TrainingAged60Plus = "training.aged60";

    /// <summary>Participants aged 18 or over, in sessions that recorded it (the adult-coverage KPI).</summary>
    public const string TrainingAdults = "training.adults";

    /// <summary>Participants of sessions whose adults are unknown (recorded before the portal asked): shown, never guessed.</summary>
    public const string TrainingAdultsUnknown = "training.adults.unknown";
    public const string TrainingAccounts = "training.accounts";
    public const string TrainingCompletions = "training.completions";
    public const string InitiativeCount = "initiative.count";
    public const string IntegrationCount = "integration.count";
    public const string IntegrationReach = "integration.reach";

    /// <summary>The headline figures (<see cref="Totals"/>): what ranking tables and trends need per unit or month.</summary>
    public static IReadOnlyList<string> Headline { get; } =
    [
        PropagandaCount, PropagandaQuantity, PropagandaReach, TrainingCount, TrainingParticipants, TrainingWomen, TrainingAged60Plus,
        TrainingAdults, TrainingAdultsUnknown, TrainingAccounts, TrainingCompletions, InitiativeCount, IntegrationCount, IntegrationReach,
    ];

    public static string Channel(PropagandaChannel channel, string measure) =>
        string.Create(CultureInfo.InvariantCulture, $"propaganda.channel.{(int)channel}.{measure}");

    /// <summary>Propaganda online or in person (the activity's own mode).</summary>
    public static string PropagandaMode(DeliveryMode mode, string measure) =>
        string.Create(CultureInfo.InvariantCulture, $"propaganda.mode.{(int)mode}.{measure}");

    /// <summary>Training online or in person (<see cref="Rules.TrainingModes"/>).</summary>
    public static string TrainingMode(DeliveryMode mode, string measure) =>
        string.Create(CultureInfo.InvariantCulture, $"training.mode.{(int)mode}.{measure}");

    /// <summary>Sessions that taught a platform; a session teaching two platforms counts under each.</summary>
    public static string Platform(DigitalPlatforms platform, string measure) =>
        string.Create(CultureInfo.InvariantCulture, $"training.platform.{(int)platform}.{measure}");

    /// <summary>Sessions aimed at a target group; a session for two groups counts under each.</summary>
    public static string TargetGroup(TargetGroups group, string measure) =>
        string.Create(CultureInfo.InvariantCulture, $"training.group.{(int)group}.{measure}");

    /// <summary>Measures of a breakdown row.</summary>
    public static class Measure
    {
        public const string Count = "count";
        public const string Quantity = "quantity";
        public const string Reach = "reach";
        public const string Participants = "participants";
        public const string Accounts = "accounts";
        public const string Completions = "completions";
    }
}
