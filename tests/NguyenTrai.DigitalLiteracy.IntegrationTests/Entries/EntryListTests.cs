using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using NguyenTrai.DigitalLiteracy.Domain.Entries;
using NguyenTrai.DigitalLiteracy.Domain.Periods;
using NguyenTrai.DigitalLiteracy.Domain.Units;
using NguyenTrai.DigitalLiteracy.TestSupport;

namespace NguyenTrai.DigitalLiteracy.IntegrationTests.Entries;

/// <summary>Lists on the seeded demo data: scope by role, filters, totals and the Excel export.</summary>
public sealed class EntryListTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static readonly CultureInfo Vi = CultureInfo.GetCultureInfo("vi-VN");

    [Theory]
    [MemberData(nameof(EntryKind.Names), MemberType = typeof(EntryKind))]
    public async Task The_office_sees_several_units_and_filters_by_unit_and_unit_kind(string name)
    {
        var kind = EntryKind.Named(name);
        using var office = await factory.SignInAsync("vhxh");

        var all = await office.GetPageAsync(kind.BasePath);
        Assert.True(all.TextsOf(".entry-unit").Distinct().Count() > 1, "the office list should span several units");

        var hpn = await factory.UnitIdAsync("HPN");
        var byUnit = await office.GetPageAsync($"{kind.BasePath}?UnitId={hpn}");
        Assert.All(byUnit.TextsOf(".entry-unit"), u => Assert.Equal("Hội Liên hiệp Phụ nữ phường", u));
        Assert.Equal(await CountAsync(kind, e => e.UnitId == hpn), TotalShown(byUnit, "Số hoạt động"));

        var byKind = await office.GetPageAsync($"{kind.BasePath}?UnitKind=ResidentialGroup");
        var residential = await factory.WithDbAsync(db => db.Units.Where(u => u.Kind == UnitKind.ResidentialGroup).Select(u => u.Name).ToListAsync());
        Assert.All(byKind.TextsOf(".entry-unit"), u => Assert.Contains(u, residential));
        Assert.Equal(await CountAsync(kind, e => e.Unit!.Kind == UnitKind.ResidentialGroup), TotalShown(byKind, "Số hoạt động"));
    }

    [Fact]
    public async Task Staff_see_only_their_unit_whatever_the_query_string_says()
    {
        using var staff = await factory.SignInAsync("hpn.canbo");
        var dtn = await factory.UnitIdAsync("DTN");
        var hpn = await factory.UnitIdAsync("HPN");

        var page = await staff.GetPageAsync($"/hoat-dong/tuyen-truyen?UnitId={dtn}");

        Assert.Empty(page.TextsOf(".entry-unit"));
        Assert.Equal(await CountAsync(EntryKind.Propaganda, e => e.UnitId == hpn), TotalShown(page, "Số hoạt động"));
    }

    [Fact]
    public async Task Training_totals_equal_the_sums_of_the_filtered_rows()
    {
        using var office = await factory.SignInAsync("vhxh");
        var period = await factory.WithDbAsync(db => db.ReportingPeriods.SingleAsync(p => p.Kind == PeriodKind.Quarterly && p.Year == 2026 && p.Number == 3));

        var page = await office.GetPageAsync($"/hoat-dong/lop-hoc?PeriodId={period.Id}&UnitKind=MassOrganisation");

        var rows = await factory.WithDbAsync(db => db.TrainingSessions
            .Where(t => t.Date >= period.StartDate && t.Date <= period.EndDate && t.Unit!.Kind == UnitKind.MassOrganisation).ToListAsync());
        Assert.NotEmpty(rows);
        Assert.Equal(rows.Count, TotalShown(page, "Số hoạt động"));
        Assert.Equal(rows.Sum(r => r.ParticipantsTotal), TotalShown(page, "Lượt người tham gia"));
        Assert.Equal(rows.Sum(r => r.ParticipantsWomen), TotalShown(page, "Lượt nữ"));
        Assert.Equal(rows.Sum(r => r.ParticipantsAged60Plus), TotalShown(page, "Lượt từ 60 tuổi"));
        Assert.Equal(rows.Sum(r => r.ParticipantsAdults ?? 0), TotalShown(page, "Lượt từ 18 tuổi"));
        // Shown only when some sessions have no 18+ figure; the demo's third quarter has them all.
        Assert.Equal(0, rows.Where(r => r.ParticipantsAdults is null).Sum(r => r.ParticipantsTotal));
        Assert.Empty(page.QuerySelectorAll("[data-total='Lượt chưa rõ độ tuổi']"));
        Assert.Equal(rows.Sum(r => r.AccountsCreated), TotalShown(page, "Tài khoản tạo mới"));
        Assert.Equal(rows.Sum(r => r.Completions), TotalShown(page, "Lượt hoàn thành khóa học"));
    }

    [Fact]
    public async Task Propaganda_totals_equal_the_sums_of_the_filtered_rows()
    {
        using var staff = await factory.SignInAsync("hpn.canbo");
        var hpn = await factory.UnitIdAsync("HPN");

        var page = await staff.GetPageAsync("/hoat-dong/tuyen-truyen?From=01/01/2026&To=30/06/2026&CampaignId=1");

        var rows = await factory.WithDbAsync(db => db.PropagandaActivities
            .Where(p => p.UnitId == hpn && p.Date >= new DateOnly(2026, 1, 1) && p.Date <= new DateOnly(2026, 6, 30) && p.Campaigns.Any(c => c.Id == 1)).ToListAsync());
        Assert.NotEmpty(rows);
        Assert.Equal(rows.Count, TotalShown(page, "Số hoạt động"));
        Assert.Equal(rows.Sum(r => r.Quantity), TotalShown(page, "Số lượng (lượt, bài, băng rôn)"));
        Assert.Equal(rows.Sum(r => r.EstimatedReach ?? 0), TotalShown(page, "Số người tiếp cận"));
    }

    [Theory]
    [MemberData(nameof(EntryKind.Names), MemberType = typeof(EntryKind))]
    public async Task Export_is_an_xlsx_with_the_rows_of_the_filtered_list(string name)
    {
        var kind = EntryKind.Named(name);
        using var office = await factory.SignInAsync("vhxh");
        var query = "?PeriodId=" + await factory.WithDbAsync(db => db.ReportingPeriods.Where(p => p.Kind == PeriodKind.Annual && p.Year == 2026).Select(p => p.Id).SingleAsync())
            + "&UnitKind=MassOrganisation&Sort=title";
        var list = await office.GetPageAsync(kind.BasePath + query);
        var exportHref = list.QuerySelector("[data-testid=export-link]")!.GetAttribute("href")!;

        var response = await office.GetAsync(exportHref);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType!.MediaType);
        await using var stream = await response.Content.ReadAsStreamAsync();
        var memory = new MemoryStream();
        await stream.CopyToAsync(memory);
        memory.Position = 0;
        var rows = memory.Query(useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();
        Assert.Equal(TotalShown(list, "Số hoạt động"), rows.Count);
        Assert.Equal(list.TextsOf(".entry-title"), rows.Take(20).Select(r => (string)r["Tiêu đề"]));
        Assert.Equal(list.TextsOf(".entry-unit"), rows.Take(20).Select(r => (string)r["Đơn vị"]));
        Assert.Contains("Phong trào", rows[0].Keys);
    }

    [Fact]
    public async Task An_empty_list_invites_the_first_entry()
    {
        using var staff = await factory.SignInAsync("hpn.canbo");

        var page = await staff.GetPageAsync("/hoat-dong/sang-kien?Q=" + Uri.EscapeDataString("không có gì khớp"));

        Assert.NotNull(page.QuerySelector("[data-testid=empty-state] a[href='/hoat-dong/sang-kien/tao-moi']"));
    }

    private Task<int> CountAsync(EntryKind kind, System.Linq.Expressions.Expression<Func<Entry, bool>> predicate) =>
        factory.WithDbAsync(db => db.OfKind(kind).CountAsync(predicate));

    private static decimal TotalShown(AngleSharp.Dom.IDocument page, string label) =>
        decimal.Parse(page.QuerySelector($"[data-total='{label}']")!.TextContent.Trim(), NumberStyles.Number, Vi);
}
