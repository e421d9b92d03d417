using Microsoft.EntityFrameworkCore;
using NguyenTrai.DigitalLiteracy.Domain.Entries;
using NguyenTrai.DigitalLiteracy.Domain.Periods;
using NguyenTrai.DigitalLiteracy.Domain.Units;
using NguyenTrai.DigitalLiteracy.TestSupport;

namespace NguyenTrai.DigitalLiteracy.IntegrationTests.Dashboard;

public sealed class DashboardFiguresTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    public static TheoryData<string, PeriodKind, int, int?, string?, UnitKind?, string?, bool> Filters => new()
    {
        { "monthly period", PeriodKind.Monthly, 10, null, null, null, null, false },
        { "cumulative half-year", PeriodKind.HalfYear, 0, null, null, null, null, false },
        { "cumulative nine months", PeriodKind.NineMonths, 0, null, null, null, null, false },
        { "annual with campaign", PeriodKind.Annual, 0, null, "NHTDHTS", null, null, false },
        { "annual by unit kind", PeriodKind.Annual, 0, null, null, UnitKind.ResidentialGroup, null, false },
        { "annual by unit", PeriodKind.Annual, 0, null, null, null, "HPN", false },
        { "thematic 2025", PeriodKind.Thematic, 1, 2025, null, null, null, false },
        { "latest month, approved only", PeriodKind.Monthly, 11, null, null, null, null, false },
        { "latest month, including submitted", PeriodKind.Monthly, 11, null, null, null, null, true },
    };

    [Theory]
    [MemberData(nameof(Filters))]
    public async Task Figures_equal_sums_computed_from_the_entities(string _, PeriodKind kind, int number, int? year, string? campaignCode, UnitKind? unitKind, string? unitCode, bool includeSubmitted)
    {
        var (periodId, campaignId, unitId) = await factory.WithDbAsync(async db => (
            (await db.ReportingPeriods.SingleAsync(p => p.Kind == kind && p.Number == number && p.Year == (year ?? 2026))).Id,
            campaignCode is null ? (int?)null : (await db.Campaigns.SingleAsync(c => c.Code == campaignCode)).Id,
            unitCode is null ? (int?)null : (await db.Units.SingleAsync(u => u.Code == unitCode)).Id));
        var expected = await factory.WithDbAsync(db => ExpectedFigures.LoadAsync(db, periodId, campaignId, unitKind, unitId, includeSubmitted));
        using var client = await factory.SignInAsync("vhxh");

        var url = $"/tong-quan?PeriodId={periodId}&CampaignId={campaignId}&UnitKind={unitKind}&UnitId={unitId}" + (includeSubmitted ? "&IncludeSubmitted=true" : "");
        var page = await client.GetPageAsync(url);

        Assert.NotEmpty(expected.Entries);
        Assert.Equal(expected.Propaganda.Count(), page.Figure("propaganda"));
        Assert.Equal(expected.Propaganda.Sum(p => p.EstimatedReach ?? 0), page.Figure("propaganda-reach"));
        Assert.Equal(expected.Training.Count(), page.Figure("sessions"));
        Assert.Equal(expected.Training.Sum(t => t.ParticipantsTotal), page.Figure("participants"));
        Assert.Equal(expected.Training.Sum(t => t.ParticipantsWomen), page.Figure("women"));
        Assert.Equal(expected.Training.Sum(t => t.ParticipantsAged60Plus), page.Figure("aged60"));
        Assert.Equal(expected.Training.Sum(t => t.AccountsCreated), page.Figure("accounts"));
        Assert.Equal(expected.Training.Sum(t => t.Completions), page.Figure("completions"));
        Assert.Equal(expected.Entries.OfType<Initiative>().Count(), page.Figure("initiatives"));
        Assert.Equal(expected.Entries.OfType<IntegrationActivity>().Count(), page.Figure("integrations"));
        foreach (var channel in Enum.GetValues<PropagandaChannel>())
        {
            var rows = expected.Propaganda.Where(p => p.Channel == channel).ToList();
            Assert.Equal(rows.Count, page.Number($"tr[data-channel={channel}] td:nth-of-type(1)"));
            Assert.Equal(rows.Sum(p => p.Quantity), page.Number($"tr[data-channel={channel}] td:nth-of-type(2)"));
            Assert.Equal(rows.Sum(p => p.EstimatedReach ?? 0), page.Number($"tr[data-channel={channel}] td:nth-of-type(3)"));
        }

        foreach (var status in Enum.GetValues<InitiativeStatus>())
        {
            Assert.Equal(expected.Entries.OfType<Initiative>().Count(i => i.Status == status), page.Number($"tr[data-status={status}] td"));
        }

        var topUnit = expected.Training.GroupBy(t => t.UnitId).OrderByDescending(g => g.Sum(t => t.ParticipantsTotal)).FirstOrDefault();
        if (topUnit is not null)
        {
            Assert.Equal(topUnit.Sum(t => t.ParticipantsTotal), page.Number($"tr[data-unit='{topUnit.Key}'] td:nth-of-type(2)"));
        }

        var (expectedReports, submitted, approved) = expected.Compliance(unitKind, unitId, DateOnly.FromDateTime(factory.Clock.GetUtcNow().AddHours(7).DateTime));
        Assert.Equal(expectedReports, page.Number("[data-compliance=expected]"));
        Assert.Equal(submitted, page.Number("[data-compliance=submitted]"));
        Assert.Equal(approved, page.Number("[data-compliance=approved]"));
    }

    [Fact]
    public async Task Monthly_trend_equals_per_month_sums_over_the_year()
    {
        var annual = await factory.WithDbAsync(db => db.ReportingPeriods.SingleAsync(p => p.Kind == PeriodKind.Annual && p.Year == 2026));
        var expected = await factory.WithDbAsync(db => ExpectedFigures.LoadAsync(db, annual.Id, null, null, null, false));
        using var client = await factory.SignInAsync("vhxh");

        var page = await client.GetPageAsync($"/tong-quan?PeriodId={annual.Id}");

        for (var month = 1; month <= 12; month++)
        {
            var window = Decree09Calendar.Monthly(2026, month);
            var training = expected.Training.Where(t => window.Contains(t.Date)).ToList();
            Assert.Equal(training.Sum(t => t.ParticipantsTotal), page.Number($"tr[data-month='{202600 + month}'] td:nth-of-type(3)"));
            Assert.Equal(expected.Propaganda.Count(p => window.Contains(p.Date)), page.Number($"tr[data-month='{202600 + month}'] td:nth-of-type(1)"));
        }
    }

    [Fact]
    public async Task Page_states_the_official_rule_and_the_switch_changes_it()
    {
        using var client = await factory.SignInAsync("vhxh");

        var official = await client.GetPageAsync("/tong-quan");
        var withSubmitted = await client.GetPageAsync("/tong-quan?IncludeSubmitted=true");

        Assert.Equal("Số liệu chính thức: chỉ tính báo cáo đã được phê duyệt.", official.TextOf("[data-testid=figures-basis]"));
        Assert.Contains("không phải", withSubmitted.TextOf("[data-testid=figures-basis]"), StringComparison.Ordinal);
        Assert.NotNull(official.QuerySelector("label[for=IncludeSubmitted]"));
    }
}
