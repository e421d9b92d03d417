using Microsoft.EntityFrameworkCore;
using NguyenTrai.DigitalLiteracy.Domain.Entries;
using NguyenTrai.DigitalLiteracy.Domain.Periods;
using NguyenTrai.DigitalLiteracy.Domain.Reports;
using NguyenTrai.DigitalLiteracy.Domain.Units;
using NguyenTrai.DigitalLiteracy.Reporting.Figures;
using NguyenTrai.DigitalLiteracy.TestSupport;

namespace NguyenTrai.DigitalLiteracy.IntegrationTests.Dashboard;

public sealed class DashboardQueryCountTests(CountingPortalFactory factory) : IClassFixture<CountingPortalFactory>
{
    [Fact]
    public async Task Sql_commands_per_dashboard_request_do_not_grow_with_units_or_entries()
    {
        var annual = await factory.WithDbAsync(db => db.ReportingPeriods.SingleAsync(p => p.Kind == PeriodKind.Annual && p.Year == 2026));
        using var office = await factory.SignInAsync("vhxh");
        using var leader = await factory.SignInAsync("lanhdao");
        using var staff = await factory.SignInAsync("hpn.canbo");
        var pages = new (PortalClient Client, string Url)[]
        {
            (office, $"/tong-quan?PeriodId={annual.Id}"),
            (office, $"/tong-quan?PeriodId={annual.Id}&UnitKind=ResidentialGroup&IncludeSubmitted=true"),
            (office, $"/tong-quan/xuat-excel?PeriodId={annual.Id}"),
            (office, "/chi-tieu?year=2026"),
            (office, "/"),
            (leader, "/"),
            (staff, "/"),
        };

        var before = await MeasureAsync(pages);
        var unitsBefore = await factory.WithDbAsync(db => db.Units.CountAsync());
        await AddUnitsWithApprovedEntriesAsync(units: 50, entriesPerUnit: 10);
        var after = await MeasureAsync(pages);

        Assert.Equal(unitsBefore + 50, await factory.WithDbAsync(db => db.Units.CountAsync()));
        Assert.All(before, c => Assert.InRange(c, 1, 30)); // a fixed set per page (homes load two periods); what matters is the next line
        Assert.Equal(before, after);
        // The new entries are really counted (so the second measurement ran over more data).
        var page = await office.GetPageAsync($"/tong-quan?PeriodId={annual.Id}");
        Assert.True(page.QuerySelectorAll("tr[data-unit]").Length >= 50);
    }

    private async Task<int[]> MeasureAsync((PortalClient Client, string Url)[] pages)
    {
        var counts = new int[pages.Length];
        for (var i = 0; i < pages.Length; i++)
        {
            await pages[i].Client.GetAsync(pages[i].Url); // warm-up: first-hit caches (e.g. data protection keys)
            factory.Commands.Reset();
            var response = await pages[i].Client.GetAsync(pages[i].Url);
            response.EnsureSuccessStatusCode();
            counts[i] = factory.Commands.Count;
        }

        return counts;
    }

    private Task AddUnitsWithApprovedEntriesAsync(int units, int entriesPerUnit) => factory.WithDbAsync(async db =>
    {
        var october = await db.ReportingPeriods.SingleAsync(p => p.Kind == PeriodKind.Monthly && p.Year == 2026 && p.Number == 10);
        var campaign = await db.Campaigns.FirstAsync();
        var officeId = await db.Users.Where(u => u.UserName == "vhxh").Select(u => u.Id).SingleAsync();
        for (var u = 0; u < units; u++)
        {
            var unit = new Unit { Code = $"NEW{u:00}", Name = $"Tổ dân phố mới {u:00}", Kind = UnitKind.ResidentialGroup, ActiveFrom = new DateOnly(2025, 7, 1) };
            db.Units.Add(unit);
            for (var e = 0; e < entriesPerUnit; e++)
            {
                Entry entry = e % 2 == 0
                    ? new TrainingSession { Title = "Lớp học kỹ năng số", Date = october.StartDate.AddDays(e), Format = TrainingFormat.Class, Platforms = DigitalPlatforms.VNeID, ParticipantsTotal = 20 + e, ParticipantsWomen = 10, AccountsCreated = 5 }
                    : new PropagandaActivity { Title = "Phát thanh", Date = october.StartDate.AddDays(e), Channel = PropagandaChannel.LoudspeakerBroadcast, Mode = DeliveryMode.InPerson, Quantity = 2, EstimatedReach = 300 };
                entry.Unit = unit;
                entry.CreatedById = officeId;
                entry.Campaigns.Add(campaign);
                db.Entries.Add(entry);
            }

            db.UnitReports.Add(new UnitReport { Unit = unit, ReportingPeriodId = october.Id, Status = UnitReportStatus.Approved });
        }

        await db.SaveChangesAsync();

        // Approved behind the portal's back: freeze their figures as the start-up backfill does for such reports.
        await new FrozenFiguresBackfill(db, Microsoft.Extensions.Logging.Abstractions.NullLogger<FrozenFiguresBackfill>.Instance).RunAsync();
    });
}
