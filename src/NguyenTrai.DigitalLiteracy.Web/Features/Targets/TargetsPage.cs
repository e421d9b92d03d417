using NguyenTrai.DigitalLiteracy.Domain.Targets;
using NguyenTrai.DigitalLiteracy.Reporting.Figures;
using NguyenTrai.DigitalLiteracy.Reporting.Rules;

namespace NguyenTrai.DigitalLiteracy.Web.Features.Targets;

public sealed record TargetRow(TargetProgress Progress, string? CampaignName, string? UnitName)
{
    public int Id => Progress.Id;

    public TargetMetric Metric => Progress.Metric;

    public long Value => Progress.Value;

    public long Actual => Progress.Actual;
}

public sealed record TargetsPage(
    int Year,
    IReadOnlyList<TargetRow> Rows,
    IReadOnlyList<UnitInfo> Units,
    IReadOnlyList<CampaignInfo> Campaigns,
    TargetForm NewTarget,
    AdultPopulationForm Population,
    AdultCoverage Coverage)
{
    public decimal? AdultsTrainedPercent => Coverage.Percent;
}
