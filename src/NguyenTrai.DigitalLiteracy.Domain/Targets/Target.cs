using NguyenTrai.DigitalLiteracy.Domain.Campaigns;
using NguyenTrai.DigitalLiteracy.Domain.Common;
using NguyenTrai.DigitalLiteracy.Domain.Units;

namespace NguyenTrai.DigitalLiteracy.Domain.Targets;

/// <summary>A yearly number to reach, ward-wide (no unit) or for one unit, optionally for one campaign.</summary>
public class Target : IConcurrencyVersioned
{
    public int Id { get; set; }
    public int Year { get; set; }
    public TargetMetric Metric { get; set; }
    public int? CampaignId { get; set; }
    public Campaign? Campaign { get; set; }
    public int? UnitId { get; set; }
    public Unit? Unit { get; set; }
    public int Value { get; set; }
    public byte[] RowVersion { get; set; } = [];

    /// <summary>Share of the target reached, in percent; null when no target is set.</summary>
    public static decimal? Progress(long actual, long target) =>
        target <= 0 ? null : Math.Round(actual * 100m / target, 1);
}
