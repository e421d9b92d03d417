using NguyenTrai.DigitalLiteracy.Domain.Targets;
using NguyenTrai.DigitalLiteracy.Web.Features.Dashboard;

namespace NguyenTrai.DigitalLiteracy.Web.Features.Targets;

public sealed record TargetRow(int Id, TargetMetric Metric, string? CampaignName, string? UnitName, int Value, int Actual)
{
    public TargetProgress Progress => new(Metric, Value, Actual);
}

public sealed record TargetsPage(
    int Year,
    IReadOnlyList<TargetRow> Rows,
    IReadOnlyList<UnitOption> Units,
    IReadOnlyList<CampaignOption> Campaigns,
    TargetForm NewTarget,
    AdultPopulationForm Population,
    int PeopleTrainedThisYear)
{
    public decimal? AdultsTrainedPercent => Population.AdultPopulation is { } adults ? Target.Progress(PeopleTrainedThisYear, adults) : null;
}
