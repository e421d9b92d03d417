using NguyenTrai.DigitalLiteracy.Domain.Targets;

namespace NguyenTrai.DigitalLiteracy.Web.Features.Dashboard;

/// <summary>Sums over counted entries for one group (a unit, a month, or everything). Settable so EF can project into it.</summary>
public sealed class Figures
{
    public int Propaganda { get; set; }
    public int PropagandaQuantity { get; set; }
    public int PropagandaReach { get; set; }
    public int Sessions { get; set; }
    public int Participants { get; set; }
    public int Women { get; set; }
    public int Aged60Plus { get; set; }
    public int Accounts { get; set; }
    public int Completions { get; set; }
    public int Initiatives { get; set; }
    public int Integrations { get; set; }
    public int IntegrationReach { get; set; }

    public static Figures Sum(IEnumerable<Figures> rows)
    {
        var total = new Figures();
        foreach (var r in rows)
        {
            total.Propaganda += r.Propaganda;
            total.PropagandaQuantity += r.PropagandaQuantity;
            total.PropagandaReach += r.PropagandaReach;
            total.Sessions += r.Sessions;
            total.Participants += r.Participants;
            total.Women += r.Women;
            total.Aged60Plus += r.Aged60Plus;
            total.Accounts += r.Accounts;
            total.Completions += r.Completions;
            total.Initiatives += r.Initiatives;
            total.Integrations += r.Integrations;
            total.IntegrationReach += r.IntegrationReach;
        }

        return total;
    }

    public int Of(TargetMetric metric) => metric switch
    {
        TargetMetric.PeopleTrained => Participants,
        TargetMetric.TrainingSessions => Sessions,
        TargetMetric.AccountsCreated => Accounts,
        TargetMetric.Completions => Completions,
        TargetMetric.PropagandaActivities => Propaganda,
        TargetMetric.Initiatives => Initiatives,
        TargetMetric.IntegrationActivities => Integrations,
        _ => 0,
    };
}

/// <summary>Figures of one group key, as EF projects a GroupBy.</summary>
public sealed class Keyed<TKey>
{
    public TKey Key { get; set; } = default!;
    public Figures Figures { get; set; } = new();
}
