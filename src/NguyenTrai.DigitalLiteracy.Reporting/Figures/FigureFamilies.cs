using Microsoft.EntityFrameworkCore;
using NguyenTrai.DigitalLiteracy.Domain.Entries;
using static NguyenTrai.DigitalLiteracy.Reporting.Figures.FigureKeys;

namespace NguyenTrai.DigitalLiteracy.Reporting.Figures;

/// <summary>
/// How every figure is computed from entries, once: the approval freezes a report's figures with it, and windows
/// that are not whole months (ad hoc, thematic, movement-scoped, "include submitted") are counted with it. Each
/// family is one grouped SQL aggregate (64-bit sums); no entity reaches .NET.
/// </summary>
public static class FigureFamilies
{
    public static async Task<IReadOnlyList<FigureValue>> ComputeAsync(IQueryable<Entry> entries, Grain grain, CancellationToken ct = default)
    {
        var values = new List<FigureValue>();
        values.AddRange(await TotalsAsync(entries, grain, ct));
        values.AddRange(await ChannelsAsync(entries, grain, ct));
        return values;
    }

    /// <summary>The figures of each group as sets (groups without entries are absent).</summary>
    public static IReadOnlyDictionary<int, FigureSet> ToSets(IEnumerable<FigureValue> values) =>
        values.GroupBy(v => v.Group).ToDictionary(g => g.Key, g => FigureSet.Of(g.Select(v => KeyValuePair.Create(v.Key, v.Value))));

    private static async Task<IEnumerable<FigureValue>> TotalsAsync(IQueryable<Entry> entries, Grain grain, CancellationToken ct)
    {
        var rows = await entries.GroupBy(GrainKeys.Of(grain)).Select(g => new
        {
            g.Key,
            Propaganda = g.Sum(e => e is PropagandaActivity ? 1L : 0L),
            PropagandaQuantity = g.Sum(e => e is PropagandaActivity ? (long)((PropagandaActivity)e).Quantity : 0L),
            PropagandaReach = g.Sum(e => e is PropagandaActivity ? (long)(((PropagandaActivity)e).EstimatedReach ?? 0) : 0L),
            Sessions = g.Sum(e => e is TrainingSession ? 1L : 0L),
            Participants = g.Sum(e => e is TrainingSession ? (long)((TrainingSession)e).ParticipantsTotal : 0L),
            Women = g.Sum(e => e is TrainingSession ? (long)((TrainingSession)e).ParticipantsWomen : 0L),
            Aged60Plus = g.Sum(e => e is TrainingSession ? (long)((TrainingSession)e).ParticipantsAged60Plus : 0L),
            Accounts = g.Sum(e => e is TrainingSession ? (long)((TrainingSession)e).AccountsCreated : 0L),
            Completions = g.Sum(e => e is TrainingSession ? (long)((TrainingSession)e).Completions : 0L),
            Initiatives = g.Sum(e => e is Initiative ? 1L : 0L),
            Integrations = g.Sum(e => e is IntegrationActivity ? 1L : 0L),
            IntegrationReach = g.Sum(e => e is IntegrationActivity ? (long)(((IntegrationActivity)e).Reach ?? 0) : 0L),
        }).ToListAsync(ct);
        return rows.SelectMany(r => new FigureValue[]
        {
            new(r.Key, PropagandaCount, r.Propaganda),
            new(r.Key, PropagandaQuantity, r.PropagandaQuantity),
            new(r.Key, PropagandaReach, r.PropagandaReach),
            new(r.Key, TrainingCount, r.Sessions),
            new(r.Key, TrainingParticipants, r.Participants),
            new(r.Key, TrainingWomen, r.Women),
            new(r.Key, TrainingAged60Plus, r.Aged60Plus),
            new(r.Key, TrainingAccounts, r.Accounts),
            new(r.Key, TrainingCompletions, r.Completions),
            new(r.Key, InitiativeCount, r.Initiatives),
            new(r.Key, IntegrationCount, r.Integrations),
            new(r.Key, IntegrationReach, r.IntegrationReach),
        });
    }

    private static async Task<IEnumerable<FigureValue>> ChannelsAsync(IQueryable<Entry> entries, Grain grain, CancellationToken ct)
    {
        var rows = await entries.Where(e => e is PropagandaActivity)
            .GroupBy(GrainKeys.With(grain, e => (int)((PropagandaActivity)e).Channel))
            .Select(g => new
            {
                g.Key,
                Count = g.LongCount(),
                Quantity = g.Sum(e => (long)((PropagandaActivity)e).Quantity),
                Reach = g.Sum(e => (long)(((PropagandaActivity)e).EstimatedReach ?? 0)),
            }).ToListAsync(ct);
        return rows.SelectMany(r =>
        {
            var (group, channel) = (r.Key / GrainKeys.Factor, (PropagandaChannel)(r.Key % GrainKeys.Factor));
            return new FigureValue[]
            {
                new(group, Channel(channel, Measure.Count), r.Count),
                new(group, Channel(channel, Measure.Quantity), r.Quantity),
                new(group, Channel(channel, Measure.Reach), r.Reach),
            };
        });
    }
}
