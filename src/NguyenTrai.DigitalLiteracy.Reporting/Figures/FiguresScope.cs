using NguyenTrai.DigitalLiteracy.Domain.Periods;
using NguyenTrai.DigitalLiteracy.Domain.Units;

namespace NguyenTrai.DigitalLiteracy.Reporting.Figures;

/// <summary>
/// What a set of figures counts: a window of days; optionally one unit, one kind of unit, and entries tagged with
/// any of some movements (campaigns); and whether reports sent but not yet approved count too (never official).
/// </summary>
public sealed record FiguresScope(
    PeriodWindow Window,
    int? UnitId = null,
    UnitKind? UnitKind = null,
    IReadOnlyList<int>? CampaignIds = null,
    bool IncludeSubmitted = false)
{
    public bool HasCampaigns => CampaignIds is { Count: > 0 };

    public FiguresScope WithWindow(PeriodWindow window) => this with { Window = window };
}
