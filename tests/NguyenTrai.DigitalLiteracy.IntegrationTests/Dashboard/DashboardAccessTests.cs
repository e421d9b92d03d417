using System.Net;
using Microsoft.EntityFrameworkCore;
using NguyenTrai.DigitalLiteracy.Domain.Periods;
using NguyenTrai.DigitalLiteracy.TestSupport;

namespace NguyenTrai.DigitalLiteracy.IntegrationTests.Dashboard;

public sealed class DashboardAccessTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Theory]
    [InlineData("hpn.canbo", "/tong-quan")]
    [InlineData("hpn.canbo", "/tong-quan/xuat-excel")]
    [InlineData("hpn.canbo", "/chi-tieu")]
    [InlineData("lanhdao", "/chi-tieu")]
    [InlineData("quantri", "/tong-quan")]
    public async Task Pages_outside_the_role_are_forbidden(string user, string url)
    {
        using var client = await factory.SignInAsync(user);
        var otherUnit = await factory.WithDbAsync(db => db.Units.Where(u => u.Code == "DTN").Select(u => u.Id).SingleAsync());

        var response = await client.GetAsync($"{url}?UnitId={otherUnit}");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("Không có quyền truy cập", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Leadership_may_view_the_office_dashboard()
    {
        using var client = await factory.SignInAsync("lanhdao");

        var page = await client.GetPageAsync("/tong-quan");

        Assert.NotNull(page.QuerySelector("[data-figure=participants]"));
        Assert.NotNull(page.QuerySelector("nav a[href='/tong-quan']"));
    }

    [Fact]
    public async Task Staff_home_shows_only_their_units_figures_whatever_unit_is_asked_for()
    {
        var (hpn, dtn, annualId) = await factory.WithDbAsync(async db => (
            await db.Units.Where(u => u.Code == "HPN").Select(u => u.Id).SingleAsync(),
            await db.Units.Where(u => u.Code == "DTN").Select(u => u.Id).SingleAsync(),
            await db.ReportingPeriods.Where(p => p.Kind == PeriodKind.Annual && p.Year == 2026).Select(p => p.Id).SingleAsync()));
        var own = await factory.WithDbAsync(db => ExpectedFigures.LoadAsync(db, annualId, null, null, hpn, false));
        var other = await factory.WithDbAsync(db => ExpectedFigures.LoadAsync(db, annualId, null, null, dtn, false));
        Assert.NotEqual(own.Training.Sum(t => t.ParticipantsTotal), other.Training.Sum(t => t.ParticipantsTotal));
        using var client = await factory.SignInAsync("hpn.canbo");

        var page = await client.GetPageAsync($"/?UnitId={dtn}");

        Assert.Equal("Hội Liên hiệp Phụ nữ phường", page.TextOf("[data-testid=home-heading]"));
        Assert.Equal(own.Training.Sum(t => t.ParticipantsTotal), page.Number("[data-testid=year-figures] [data-figure=participants] .stat-value"));
        Assert.Equal(own.Propaganda.Count(), page.Number("[data-testid=year-figures] [data-figure=propaganda] .stat-value"));
        Assert.All(page.QuerySelectorAll("[data-figure] ").Select(a => a.GetAttribute("href") ?? ""), href => Assert.Contains($"UnitId={hpn}", href, StringComparison.Ordinal));
        Assert.NotEmpty(page.TextOf("[data-testid=report-status]"));
        Assert.Contains("/2026", page.TextOf("[data-testid=next-deadline]"), StringComparison.Ordinal);
    }
}
