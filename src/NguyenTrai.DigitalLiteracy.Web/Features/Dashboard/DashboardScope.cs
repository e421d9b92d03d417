using NguyenTrai.DigitalLiteracy.Domain.Periods;
using NguyenTrai.DigitalLiteracy.Domain.Units;

namespace NguyenTrai.DigitalLiteracy.Web.Features.Dashboard;

/// <summary>What a dashboard counts: a window of days (a period's), optional campaign / unit kind / unit, and the approval rule.</summary>
public sealed record DashboardScope(
    PeriodWindow Window,
    int Year,
    int? CampaignId = null,
    UnitKind? UnitKind = null,
    int? UnitId = null,
    bool IncludeSubmitted = false);
