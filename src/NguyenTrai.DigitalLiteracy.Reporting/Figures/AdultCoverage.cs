using NguyenTrai.DigitalLiteracy.Domain.Targets;

namespace NguyenTrai.DigitalLiteracy.Reporting.Figures;

/// <summary>
/// "% người trưởng thành được hướng dẫn": attendances of people aged 18 or over over the ward's adult population,
/// with the year's target line (an <see cref="TargetMetric.AdultsTrained"/> target over the same population).
/// Sessions whose adults are unknown are counted apart (<see cref="UnknownAgeParticipants"/>), never as zero adults
/// and never as all adults: the page says how many attendances the percentage could not place.
/// </summary>
public sealed record AdultCoverage(long Adults, long UnknownAgeParticipants, int? Population, long? TargetAdults)
{
    public decimal? Percent => Population is { } p ? Target.Progress(Adults, p) : null;

    /// <summary>The target as a share of the adult population, e.g. 50% (null without a target or a population).</summary>
    public decimal? TargetPercent => Population is { } p && TargetAdults is { } t ? Target.Progress(t, p) : null;

    public bool HasUnknown => UnknownAgeParticipants > 0;

    /// <summary>The coverage of a scope's year: its totals, the ward's adult population and the scope's AdultsTrained target, if any.</summary>
    public static AdultCoverage Of(Totals year, int? population, IEnumerable<TargetProgress> targets) =>
        new(year.Adults, year.AdultsUnknown, population, targets.FirstOrDefault(t => t.Metric == TargetMetric.AdultsTrained)?.Value);
}
