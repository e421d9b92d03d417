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
    /// <param name="headlineOnly">Only the headline figures (one query): what per-unit and per-month tables need.</param>
    public static async Task<IReadOnlyList<FigureValue>> ComputeAsync(IQueryable<Entry> entries, Grain grain, bool headlineOnly = false, CancellationToken ct = default)
    {
        var values = new List<FigureValue>();
        values.AddRange(await TotalsAsync(entries, grain, ct));
        if (headlineOnly)
        {
            return values;
        }

        values.AddRange(await ChannelsAsync(entries, grain, ct));
        values.AddRange(await PropagandaModesAsync(entries, grain, ct));
        values.AddRange(await TrainingBreakdownsAsync(entries, grain, ct));
        return values;
    }

    /// <summary>The figures of each group as sets (groups without entries are absent).</summary>
    public static IReadOnlyDictionary<int, FigureSet> ToSets(IEnumerable<FigureValue> values) =>
        values.GroupBy(v => v.Group).ToDictionary(g => g.Key, g => FigureSet.Of(g.Select(v => KeyValuePair.Create(v.Key, v.Value))));

    /// <summary>The headline family alone (one grouped query): what a page showing only <see cref="Totals"/> needs.</summary>
    internal static async Task<IEnumerable<FigureValue>> TotalsAsync(IQueryable<Entry> entries, Grain grain, CancellationToken ct)
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
            Adults = g.Sum(e => e is TrainingSession ? (long)(((TrainingSession)e).ParticipantsAdults ?? 0) : 0L),
            AdultsUnknown = g.Sum(e => e is TrainingSession && ((TrainingSession)e).ParticipantsAdults == null ? (long)((TrainingSession)e).ParticipantsTotal : 0L),
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
            new(r.Key, TrainingAdults, r.Adults),
            new(r.Key, TrainingAdultsUnknown, r.AdultsUnknown),
            new(r.Key, TrainingAccounts, r.Accounts),
            new(r.Key, TrainingCompletions, r.Completions),
            new(r.Key, InitiativeCount, r.Initiatives),
            new(r.Key, IntegrationCount, r.Integrations),
            new(r.Key, IntegrationReach, r.IntegrationReach),
        });
    }

    private static async Task<IEnumerable<FigureValue>> PropagandaModesAsync(IQueryable<Entry> entries, Grain grain, CancellationToken ct)
    {
        var rows = await entries.Where(e => e is PropagandaActivity)
            .GroupBy(GrainKeys.With(grain, e => (int)((PropagandaActivity)e).Mode))
            .Select(g => new { g.Key, Count = g.LongCount(), Quantity = g.Sum(e => (long)((PropagandaActivity)e).Quantity), Reach = g.Sum(e => (long)(((PropagandaActivity)e).EstimatedReach ?? 0)) })
            .ToListAsync(ct);
        return rows.SelectMany(r =>
        {
            var (group, mode) = (r.Key / GrainKeys.Factor, (DeliveryMode)(r.Key % GrainKeys.Factor));
            return new FigureValue[]
            {
                new(group, PropagandaMode(mode, Measure.Count), r.Count),
                new(group, PropagandaMode(mode, Measure.Quantity), r.Quantity),
                new(group, PropagandaMode(mode, Measure.Reach), r.Reach),
            };
        });
    }

    /// <summary>
    /// Training by form (online / in person), platform taught and target group. Platforms and groups are flags: one
    /// grouped query per flag set (a few dozen combinations), each combination then added to every flag it holds, so
    /// a session teaching two platforms counts once under each (and once in the totals).
    /// </summary>
    private static async Task<IEnumerable<FigureValue>> TrainingBreakdownsAsync(IQueryable<Entry> entries, Grain grain, CancellationToken ct)
    {
        var training = entries.Where(e => e is TrainingSession);
        var values = new List<FigureValue>();
        foreach (var r in await SessionSumsAsync(training, GrainKeys.With(grain, e => (int)((TrainingSession)e).Format), ct))
        {
            var mode = Rules.TrainingModes.Of((TrainingFormat)r.Sub);
            values.Add(new(r.Group, TrainingMode(mode, Measure.Count), r.Count));
            values.Add(new(r.Group, TrainingMode(mode, Measure.Participants), r.Participants));
        }

        foreach (var r in await SessionSumsAsync(training, GrainKeys.With(grain, e => (int)((TrainingSession)e).Platforms), ct))
        {
            foreach (var platform in Flags<DigitalPlatforms>(r.Sub))
            {
                values.Add(new(r.Group, Platform(platform, Measure.Count), r.Count));
                values.Add(new(r.Group, Platform(platform, Measure.Participants), r.Participants));
                values.Add(new(r.Group, Platform(platform, Measure.Accounts), r.Accounts));
                values.Add(new(r.Group, Platform(platform, Measure.Completions), r.Completions));
            }
        }

        foreach (var r in await SessionSumsAsync(training, GrainKeys.With(grain, e => (int)((TrainingSession)e).TargetGroups), ct))
        {
            foreach (var group in Flags<TargetGroups>(r.Sub))
            {
                values.Add(new(r.Group, TargetGroup(group, Measure.Count), r.Count));
                values.Add(new(r.Group, TargetGroup(group, Measure.Participants), r.Participants));
            }
        }

        // Several combinations add to one key: sum them so each (group, key) appears once.
        return values.GroupBy(v => (v.Group, v.Key)).Select(g => new FigureValue(g.Key.Group, g.Key.Key, g.Sum(v => v.Value)));
    }

    private static async Task<List<SessionSums>> SessionSumsAsync(IQueryable<Entry> training, System.Linq.Expressions.Expression<Func<Entry, int>> key, CancellationToken ct) =>
        [.. (await training.GroupBy(key).Select(g => new
        {
            g.Key,
            Count = g.LongCount(),
            Participants = g.Sum(e => (long)((TrainingSession)e).ParticipantsTotal),
            Accounts = g.Sum(e => (long)((TrainingSession)e).AccountsCreated),
            Completions = g.Sum(e => (long)((TrainingSession)e).Completions),
        }).ToListAsync(ct)).Select(r => new SessionSums(r.Key / GrainKeys.Factor, r.Key % GrainKeys.Factor, r.Count, r.Participants, r.Accounts, r.Completions))];

    private static IEnumerable<T> Flags<T>(int value) where T : struct, Enum =>
        Enum.GetValues<T>().Where(flag => Convert.ToInt32(flag, System.Globalization.CultureInfo.InvariantCulture) is var bit && bit != 0 && (value & bit) == bit);

    private sealed record SessionSums(int Group, int Sub, long Count, long Participants, long Accounts, long Completions);

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
