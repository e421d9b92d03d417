using System.Net;
using Microsoft.EntityFrameworkCore;
using NguyenTrai.DigitalLiteracy.Domain.Periods;
using NguyenTrai.DigitalLiteracy.Domain.Targets;
using NguyenTrai.DigitalLiteracy.TestSupport;

namespace NguyenTrai.DigitalLiteracy.IntegrationTests.Dashboard;

public sealed class TargetsTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Office_creates_edits_and_deletes_targets_and_sees_progress()
    {
        var annual = await factory.WithDbAsync(db => db.ReportingPeriods.SingleAsync(p => p.Kind == PeriodKind.Annual && p.Year == 2026));
        var expected = await factory.WithDbAsync(db => ExpectedFigures.LoadAsync(db, annual.Id, null, null, null, false));
        var trained = expected.Training.Sum(t => t.ParticipantsTotal);
        using var client = await factory.SignInAsync("vhxh");

        var created = await client.SubmitFormAsync("/chi-tieu?year=2026", new Dictionary<string, string?>
        {
            ["NewTarget.Year"] = "2026",
            ["NewTarget.Metric"] = ((int)TargetMetric.PeopleTrained).ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["NewTarget.Value"] = "5000",
        }, "#new-target");
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var id = await factory.WithDbAsync(db => db.Targets.Where(t => t.Year == 2026 && t.Metric == TargetMetric.PeopleTrained && t.UnitId == null).Select(t => t.Id).SingleAsync());

        var list = await client.GetPageAsync("/chi-tieu?year=2026");
        Assert.Equal(trained, list.Number($"tr[data-target='{id}'] [data-col=actual]"));
        Assert.Equal(Target.Progress(trained, 5000)!.Value.ToString("N1"), list.TextOf($"tr[data-target='{id}'] [data-col=percent]").TrimEnd('%'));
        var dashboard = await client.GetPageAsync($"/tong-quan?PeriodId={annual.Id}");
        Assert.Equal(trained, dashboard.Number("tr[data-metric=PeopleTrained] td:nth-of-type(2)"));
        Assert.NotNull(dashboard.QuerySelector("tr[data-metric=PeopleTrained] .progress-bar[data-width]"));

        var duplicate = await client.SubmitFormAsync("/chi-tieu?year=2026", new Dictionary<string, string?>
        {
            ["NewTarget.Year"] = "2026", ["NewTarget.Metric"] = "1", ["NewTarget.Value"] = "10",
        }, "#new-target");
        Assert.Contains("đã có", (await PortalClient.ParseAsync(duplicate)).ValidationMessages().Single(), StringComparison.Ordinal);

        await client.SubmitFormAsync($"/chi-tieu/{id}/sua", new Dictionary<string, string?> { ["Value"] = "8000" });
        Assert.Equal(8000, (await client.GetPageAsync("/chi-tieu?year=2026")).Number($"tr[data-target='{id}'] [data-col=value]"));

        var population = await client.SubmitFormAsync("/chi-tieu?year=2026", new Dictionary<string, string?> { ["Population.AdultPopulation"] = "20000" }, "#population");
        Assert.Equal(HttpStatusCode.Redirect, population.StatusCode);
        var withPopulation = await client.GetPageAsync("/chi-tieu?year=2026");
        // Coverage counts adults 18+ (UxStaff/AdultCoverageTests has the whole proof).
        var adults = expected.Training.Sum(t => t.ParticipantsAdults ?? 0);
        Assert.Contains(Target.Progress(adults, 20000)!.Value.ToString("N1") + "%", withPopulation.TextOf("[data-testid=adults-trained]"), StringComparison.Ordinal);
        Assert.NotNull((await client.GetPageAsync($"/tong-quan?PeriodId={annual.Id}")).QuerySelector("tr[data-metric=AdultCoverage]"));

        var deleted = await client.SubmitFormAsync("/chi-tieu?year=2026", new Dictionary<string, string?>(), $"form[action='/chi-tieu/{id}/xoa']");
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Null((await client.GetPageAsync("/chi-tieu?year=2026")).QuerySelector($"tr[data-target='{id}']"));
    }

    [Fact]
    public async Task Unit_campaign_target_counts_that_units_entries_for_that_campaign()
    {
        var (annual, hpn, campaign) = await factory.WithDbAsync(async db => (
            await db.ReportingPeriods.SingleAsync(p => p.Kind == PeriodKind.Annual && p.Year == 2026),
            await db.Units.Where(u => u.Code == "HPN").Select(u => u.Id).SingleAsync(),
            await db.Campaigns.Where(c => c.Code == "BDHVS").Select(c => c.Id).SingleAsync()));
        var expected = await factory.WithDbAsync(db => ExpectedFigures.LoadAsync(db, annual.Id, campaign, null, hpn, false));
        using var client = await factory.SignInAsync("vhxh");

        await client.SubmitFormAsync("/chi-tieu?year=2026", new Dictionary<string, string?>
        {
            ["NewTarget.Year"] = "2026", ["NewTarget.Metric"] = ((int)TargetMetric.TrainingSessions).ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["NewTarget.Value"] = "12", ["NewTarget.UnitId"] = hpn.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["NewTarget.CampaignId"] = campaign.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }, "#new-target");
        var id = await factory.WithDbAsync(db => db.Targets.Where(t => t.UnitId == hpn && t.CampaignId == campaign).Select(t => t.Id).SingleAsync());

        var list = await client.GetPageAsync("/chi-tieu?year=2026");

        Assert.Equal(expected.Training.Count(), list.Number($"tr[data-target='{id}'] [data-col=actual]"));
        using var staff = await factory.SignInAsync("hpn.canbo");
        Assert.Null((await staff.GetPageAsync("/")).QuerySelector("tr[data-metric=TrainingSessions]")); // campaign-specific: not the unit's general target
    }
}
