using NguyenTrai.DigitalLiteracy.Data;
using System.Net;
using Microsoft.EntityFrameworkCore;
using NguyenTrai.DigitalLiteracy.Domain.Entries;
using NguyenTrai.DigitalLiteracy.Domain.Periods;
using NguyenTrai.DigitalLiteracy.Domain.Targets;
using NguyenTrai.DigitalLiteracy.IntegrationTests.Entries;
using NguyenTrai.DigitalLiteracy.IntegrationTests.Reporting;
using NguyenTrai.DigitalLiteracy.TestSupport;
using NguyenTrai.DigitalLiteracy.Web.Infrastructure;

namespace NguyenTrai.DigitalLiteracy.IntegrationTests.Concurrency;

/// <summary>
/// Two people (or two tabs) open the same edit page; the first saves; the second posts the form as their page still
/// has it. For every editable aggregate the second gets the one conflict message and the first one's value survives.
/// </summary>
public sealed class StaleFormTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static Dictionary<string, string?> Set(string field, string value) => new() { [field] = value };

    /// <summary>The second page is read before the first save and posted after it.</summary>
    private static async Task<HttpResponseMessage> RaceAsync(PortalClient first, PortalClient second, string pageUrl, string? selector, Dictionary<string, string?> newer, Dictionary<string, string?> stale)
    {
        var stalePage = await second.CaptureFormAsync(pageUrl, selector);
        var saved = await first.SubmitFormAsync(pageUrl, newer, selector);
        Assert.True(saved.StatusCode == HttpStatusCode.Redirect, $"the first save should succeed, got {(int)saved.StatusCode}");
        return await second.SubmitAsync(stalePage, stale);
    }

    /// <summary>Edit forms come back with the message; one-click actions redirect and show it as the flash.</summary>
    private static async Task AssertConflictAsync(PortalClient client, HttpResponseMessage response)
    {
        var messages = response.StatusCode == HttpStatusCode.Redirect
            ? [(await client.FollowAsync(response)).FlashError() ?? ""]
            : (await PortalClient.ParseAsync(response)).ValidationMessages();
        Assert.Contains(Data.Concurrency.Message, messages);
    }

    [Fact]
    public async Task Stale_campaign_edit_loses()
    {
        using var a = await factory.SignInAsync("quantri");
        using var b = await factory.SignInAsync("quantri");
        var id = await factory.WithDbAsync(db => db.Campaigns.OrderBy(c => c.Id).Select(c => c.Id).FirstAsync());

        var response = await RaceAsync(a, b, $"/quan-tri/phong-trao/{id}/sua", null, Set("Name", "Phong trào (bản mới)"), Set("Name", "Phong trào (bản cũ)"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await AssertConflictAsync(b, response);
        var page = await PortalClient.ParseAsync(response);
        Assert.Equal("Phong trào (bản mới)", page.QuerySelector("input[name=Name]")!.GetAttribute("value"));
        Assert.Equal("Phong trào (bản mới)", await factory.WithDbAsync(db => db.Campaigns.Where(c => c.Id == id).Select(c => c.Name).SingleAsync()));
    }

    [Fact]
    public async Task Stale_user_edit_loses()
    {
        using var a = await factory.SignInAsync("quantri");
        using var b = await factory.SignInAsync("quantri");
        var id = await factory.WithDbAsync(db => db.Users.Where(u => u.UserName == "dtn.canbo").Select(u => u.Id).SingleAsync());

        var response = await RaceAsync(a, b, $"/quan-tri/nguoi-dung/{id}/sua", null, Set("FullName", "Vũ Minh Đức (mới)"), Set("FullName", "Vũ Minh Đức (cũ)"));

        await AssertConflictAsync(b, response);
        Assert.Equal("Vũ Minh Đức (mới)", await factory.WithDbAsync(db => db.Users.Where(u => u.Id == id).Select(u => u.FullName).SingleAsync()));
    }

    [Fact]
    public async Task Stale_unit_edit_loses()
    {
        using var a = await factory.SignInAsync("quantri");
        using var b = await factory.SignInAsync("quantri");
        var id = await Reporting.Reporting.UnitIdAsync(factory, "THON01");

        var response = await RaceAsync(a, b, $"/quan-tri/don-vi/{id}/sua", null, Set("Address", "Nhà văn hóa thôn (mới)"), Set("Address", "Nhà văn hóa thôn (cũ)"));

        await AssertConflictAsync(b, response);
        Assert.Equal("Nhà văn hóa thôn (mới)", await factory.WithDbAsync(db => db.Units.Where(u => u.Id == id).Select(u => u.Address).SingleAsync()));
    }

    [Fact]
    public async Task Stale_period_deadline_loses()
    {
        using var a = await factory.SignInAsync("vhxh");
        using var b = await factory.SignInAsync("vhxh2");
        var id = await factory.WithDbAsync(db => db.ReportingPeriods.Where(p => p.Kind == PeriodKind.Monthly && p.Year == 2026 && p.Number == 9).Select(p => p.Id).SingleAsync());

        var response = await RaceAsync(a, b, $"/quan-tri/ky-bao-cao/{id}/han-nop", null, Set("Deadline", "30/09/2026"), Set("Deadline", "29/09/2026"));

        await AssertConflictAsync(b, response);
        Assert.Equal(new DateOnly(2026, 9, 30), await factory.WithDbAsync(db => db.ReportingPeriods.Where(p => p.Id == id).Select(p => p.Deadline).SingleAsync()));
    }

    [Fact]
    public async Task Stale_target_edit_loses()
    {
        var unitId = await Reporting.Reporting.UnitIdAsync(factory, "HPN");
        var id = await factory.WithDbAsync(async db =>
        {
            var target = new Target { Year = 2026, Metric = TargetMetric.Completions, UnitId = unitId, Value = 100 };
            db.Targets.Add(target);
            await db.SaveChangesAsync();
            return target.Id;
        });
        using var a = await factory.SignInAsync("vhxh");
        using var b = await factory.SignInAsync("vhxh2");

        var response = await RaceAsync(a, b, $"/chi-tieu/{id}/sua", null, Set("Value", "150"), Set("Value", "120"));

        await AssertConflictAsync(b, response);
        Assert.Equal(150, await factory.WithDbAsync(db => db.Targets.Where(t => t.Id == id).Select(t => t.Value).SingleAsync()));
    }

    [Fact]
    public async Task Stale_adult_population_loses()
    {
        using var a = await factory.SignInAsync("vhxh");
        using var b = await factory.SignInAsync("vhxh2");

        var response = await RaceAsync(a, b, "/chi-tieu?year=2026", "form#population", Set("Population.AdultPopulation", "21500"), Set("Population.AdultPopulation", "19000"));

        await AssertConflictAsync(b, response);
        Assert.Equal("21500", await factory.WithDbAsync(db => db.WardSettings.Where(s => s.Key == WardSetting.AdultPopulation).Select(s => s.Value).SingleAsync()));
    }

    [Fact]
    public async Task Stale_entry_edit_loses()
    {
        using var a = await factory.SignInAsync("hpn.canbo");
        using var b = await factory.SignInAsync("hpn.canbo");
        var id = await a.CreateAsync(EntryKind.Propaganda, "Tuyên truyền sửa cùng lúc");

        var response = await RaceAsync(a, b, $"{EntryKind.Propaganda.BasePath}/{id}/sua", null, Set("Title", "Bản của người thứ nhất"), Set("Title", "Bản của người thứ hai"));

        await AssertConflictAsync(b, response);
        Assert.Equal("Bản của người thứ nhất", await factory.WithDbAsync(db => db.Entries.Where(e => e.Id == id).Select(e => e.Title).SingleAsync()));
    }

    [Fact]
    public async Task Stale_unit_report_narrative_loses()
    {
        var periodId = await factory.PeriodIdAsync();
        using var a = await factory.SignInAsync("dtn.canbo");
        using var b = await factory.SignInAsync("dtn.canbo");
        var newer = new Dictionary<string, string?> { ["Narrative.Highlights"] = "Bản mới", ["intent"] = "save" };
        var stale = new Dictionary<string, string?> { ["Narrative.Highlights"] = "Bản cũ", ["intent"] = "save" };

        var response = await RaceAsync(a, b, $"/bao-cao-don-vi/{periodId}", "form[data-testid=narrative-form]", newer, stale);

        await AssertConflictAsync(b, response);
        Assert.Equal("Bản mới", (await factory.ReportAsync("DTN", periodId))!.Highlights);
    }

    [Fact]
    public async Task Stale_return_after_approval_loses()
    {
        var periodId = await factory.PeriodIdAsync();
        using var staff = await factory.SignInAsync("thon01.canbo");
        await staff.SubmitReportAsync(periodId);
        var id = (await factory.ReportAsync("THON01", periodId))!.Id;
        using var a = await factory.SignInAsync("vhxh");
        using var b = await factory.SignInAsync("vhxh2");
        var stalePage = await b.CaptureFormAsync($"/duyet-bao-cao/{id}", "[data-testid=return-form]");
        Assert.Equal(HttpStatusCode.Redirect, (await a.SubmitFormAsync($"/duyet-bao-cao/{id}", new Dictionary<string, string?>(), "[data-testid=approve-form]")).StatusCode);

        var response = await b.SubmitAsync(stalePage, Set("Return.Reason", "Thiếu minh chứng"));

        await AssertConflictAsync(b, response);
        Assert.Equal(Domain.Reports.UnitReportStatus.Approved, (await factory.ReportAsync("THON01", periodId))!.Status);
    }

    [Fact]
    public async Task Stale_consolidated_report_draft_loses()
    {
        var annual = await factory.WithDbAsync(db => db.ReportingPeriods.Where(p => p.Kind == PeriodKind.Annual && p.Year == 2026).Select(p => p.Id).SingleAsync());
        using var a = await factory.SignInAsync("vhxh");
        using var b = await factory.SignInAsync("vhxh2");
        var created = await a.SubmitFormAsync("/bao-cao-tong-hop/tao-moi", Set("PeriodId", annual.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        var url = created.Headers.Location!.OriginalString;

        var response = await RaceAsync(a, b, url, null, Set("Form.Subject", "Trích yếu mới"), Set("Form.Subject", "Trích yếu cũ"));

        await AssertConflictAsync(b, response);
        var id = int.Parse(url[(url.LastIndexOf('/') + 1)..], System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal("Trích yếu mới", await factory.WithDbAsync(db => db.ConsolidatedReports.Where(r => r.Id == id).Select(r => r.Subject).SingleAsync()));
    }

    [Fact]
    public async Task Stale_initiative_decision_loses()
    {
        var unitId = await Reporting.Reporting.UnitIdAsync(factory, "DTN");
        var id = await factory.WithDbAsync(async db =>
        {
            var initiative = new Initiative
            {
                UnitId = unitId, Title = "Sáng kiến đánh giá cùng lúc", Date = new DateOnly(2026, 11, 20), Kind = InitiativeKind.GoodPractice, Field = InitiativeField.Education,
                ProposerType = ProposerType.Organisation, ProposerName = "Chi đoàn thôn", Description = "Đoàn viên hướng dẫn cài VNeID.",
                CreatedAtUtc = factory.Clock.GetUtcNow().UtcDateTime, CreatedById = "seed",
            };
            db.Initiatives.Add(initiative);
            await db.SaveChangesAsync();
            return initiative.Id;
        });
        using var a = await factory.SignInAsync("vhxh");
        using var b = await factory.SignInAsync("vhxh2");
        var stalePage = await b.CaptureFormAsync($"/danh-gia-sang-kien/{id}", "[data-testid=decide-form]");
        Assert.Equal(HttpStatusCode.Redirect, (await a.SubmitFormAsync($"/danh-gia-sang-kien/{id}", new Dictionary<string, string?>(), "[data-testid=start-review-form]")).StatusCode);

        var response = await b.SubmitAsync(stalePage, new Dictionary<string, string?> { ["Decide.Note"] = "Không chọn.", ["selected"] = "false" });

        await AssertConflictAsync(b, response);
        Assert.Equal(InitiativeStatus.UnderReview, await factory.WithDbAsync(db => db.Initiatives.Where(i => i.Id == id).Select(i => i.Status).SingleAsync()));
    }
}
