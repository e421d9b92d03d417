using System.Net;
using System.Text;
using NguyenTrai.DigitalLiteracy.Domain.Reports;
using NguyenTrai.DigitalLiteracy.TestSupport;

namespace NguyenTrai.DigitalLiteracy.IntegrationTests.Reporting;

public sealed class UnitReportTests
{
    [Fact]
    public async Task Staff_see_their_periods_save_a_draft_and_submit_on_time_which_freezes_entries()
    {
        using var factory = new PortalFactory();
        var periodId = await factory.PeriodIdAsync();
        using var staff = await factory.SignInAsync("hpn.canbo");

        var list = await staff.GetPageAsync("/bao-cao-don-vi");
        Assert.Equal("Chưa lập báo cáo", list.TextOf($"tr[data-period='{periodId}'] [data-testid=state]"));
        Assert.Null(await factory.WhyLockedAsync("HPN", new DateOnly(2026, 11, 20)));

        var saved = await staff.FollowAsync(await staff.SubmitFormAsync($"/bao-cao-don-vi/{periodId}", new Dictionary<string, string?>
        {
            ["Narrative.Difficulties"] = "Thiếu máy chiếu",
            ["intent"] = "save",
        }));
        Assert.Equal("Đang soạn", saved.TextOf("[data-testid=report-state]"));
        Assert.Equal("Thiếu máy chiếu", saved.QuerySelector("textarea[name='Narrative.Difficulties']")!.TextContent.Trim());

        var page = await staff.FollowAsync(await staff.SubmitReportAsync(periodId));

        Assert.Equal("Đã gửi, chờ duyệt", page.TextOf("[data-testid=report-state]"));
        Assert.Equal("Gửi đúng hạn", page.TextOf("[data-testid=report-timing]"));
        Assert.Null(page.QuerySelector("[data-testid=narrative-form]"));
        Assert.Contains("Thiếu máy chiếu", page.TextOf("[data-testid=narrative]"), StringComparison.Ordinal);
        Assert.Contains("Đang soạn → Đã gửi", page.TextOf("[data-testid=history]"), StringComparison.Ordinal);
        var report = await factory.ReportAsync("HPN", periodId);
        Assert.Equal(UnitReportStatus.Submitted, report!.Status);
        Assert.Equal(report.SubmittedAtUtc, report.FirstSubmittedAtUtc);
        var why = await factory.WhyLockedAsync("HPN", new DateOnly(2026, 11, 20));
        Assert.NotNull(why);
        Assert.Contains("đã gửi", why, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Narrative_is_stored_nfc_and_longer_than_4000_characters_is_refused()
    {
        using var factory = new PortalFactory();
        var periodId = await factory.PeriodIdAsync();
        using var staff = await factory.SignInAsync("hpn.canbo");
        var decomposed = "Hướng dẫn người cao tuổi".Normalize(NormalizationForm.FormD);

        await staff.SubmitFormAsync($"/bao-cao-don-vi/{periodId}", new Dictionary<string, string?> { ["Narrative.Highlights"] = decomposed, ["intent"] = "save" });
        var tooLong = await staff.SubmitFormAsync($"/bao-cao-don-vi/{periodId}", new Dictionary<string, string?> { ["Narrative.Proposals"] = new string('a', 4001), ["intent"] = "save" });

        Assert.Equal("Hướng dẫn người cao tuổi".Normalize(NormalizationForm.FormC), (await factory.ReportAsync("HPN", periodId))!.Highlights);
        Assert.Equal(HttpStatusCode.OK, tooLong.StatusCode);
        Assert.Contains("Kiến nghị, đề xuất không được dài quá 4000 ký tự.", (await PortalClient.ParseAsync(tooLong)).ValidationMessages());
    }

    [Fact]
    public async Task Submitting_after_the_deadline_is_allowed_and_flagged_late()
    {
        using var factory = new PortalFactory();
        var periodId = await factory.PeriodIdAsync();
        var deadline = await factory.WithDbAsync(db => Task.FromResult(db.ReportingPeriods.Single(p => p.Id == periodId).Deadline));
        // 00:30 ward time on the day after the deadline.
        factory.Clock.SetUtcNow(new DateTimeOffset(deadline.AddDays(1).ToDateTime(new TimeOnly(0, 30)), TimeSpan.FromHours(7)));
        using var staff = await factory.SignInAsync("hpn.canbo");

        var page = await staff.FollowAsync(await staff.SubmitReportAsync(periodId));

        Assert.Equal("Gửi muộn", page.TextOf("[data-testid=report-timing]"));
        Assert.Equal(factory.Clock.GetUtcNow().UtcDateTime, (await factory.ReportAsync("HPN", periodId))!.FirstSubmittedAtUtc);
    }

    [Fact]
    public async Task Staff_cannot_edit_the_narrative_once_submitted()
    {
        using var factory = new PortalFactory();
        var periodId = await factory.PeriodIdAsync();
        using var staff = await factory.SignInAsync("hpn.canbo");
        var token = await staff.GetAntiforgeryTokenAsync($"/bao-cao-don-vi/{periodId}");
        await staff.SubmitReportAsync(periodId, "Bản đã gửi");
        var version = Convert.ToBase64String((await factory.ReportAsync("HPN", periodId))!.RowVersion);

        var page = await staff.FollowAsync(await staff.PostFormAsync($"/bao-cao-don-vi/{periodId}",
        [
            new("__RequestVerificationToken", token), new("Narrative.RowVersion", version), new("Narrative.Highlights", "Sửa sau khi gửi"), new("intent", "save"),
        ]));

        Assert.Contains("không thể sửa", page.FlashError(), StringComparison.Ordinal);
        var report = await factory.ReportAsync("HPN", periodId);
        Assert.Equal("Bản đã gửi", report!.Highlights);
        Assert.Equal(UnitReportStatus.Submitted, report.Status);
    }

    [Fact]
    public async Task Office_cannot_use_the_unit_narrative_form_and_staff_cannot_review()
    {
        using var factory = new PortalFactory();
        var periodId = await factory.PeriodIdAsync();
        using var staff = await factory.SignInAsync("hpn.canbo");
        await staff.SubmitReportAsync(periodId);
        var reportId = (await factory.ReportAsync("HPN", periodId))!.Id;
        using var office = await factory.SignInAsync("vhxh");
        var officeToken = await office.GetAntiforgeryTokenAsync($"/duyet-bao-cao/{reportId}");
        var staffToken = await staff.GetAntiforgeryTokenAsync("/bao-cao-don-vi");

        Reporting.AssertForbidden(await office.GetAsync($"/bao-cao-don-vi/{periodId}"));
        Reporting.AssertForbidden(await office.PostFormAsync($"/bao-cao-don-vi/{periodId}", [new("__RequestVerificationToken", officeToken), new("Narrative.Highlights", "Phòng sửa hộ"), new("intent", "save")]));
        Reporting.AssertForbidden(await staff.GetAsync($"/duyet-bao-cao/{reportId}"));
        Reporting.AssertForbidden(await staff.PostFormAsync($"/duyet-bao-cao/{reportId}/phe-duyet", [new("__RequestVerificationToken", staffToken)]));
        Reporting.AssertForbidden(await staff.PostFormAsync("/duyet-bao-cao/phe-duyet-hang-loat", [new("__RequestVerificationToken", staffToken), new("ids", reportId.ToString(System.Globalization.CultureInfo.InvariantCulture))]));

        var report = await factory.ReportAsync("HPN", periodId);
        Assert.Equal(UnitReportStatus.Submitted, report!.Status);
        Assert.NotEqual("Phòng sửa hộ", report.Highlights);
    }

    [Fact]
    public async Task Staff_of_another_unit_cannot_open_or_submit_someone_elses_report()
    {
        using var factory = new PortalFactory();
        var periodId = await factory.PeriodIdAsync();
        using var hpnStaff = await factory.SignInAsync("hpn.canbo");
        await hpnStaff.SubmitFormAsync($"/bao-cao-don-vi/{periodId}", new Dictionary<string, string?> { ["Narrative.Highlights"] = "Bản nháp của Hội Phụ nữ", ["intent"] = "save" });
        var hpnReport = (await factory.ReportAsync("HPN", periodId))!;
        using var dtnStaff = await factory.SignInAsync("dtn.canbo");

        Reporting.AssertForbidden(await dtnStaff.GetAsync($"/duyet-bao-cao/{hpnReport.Id}"));
        var dtnPage = await dtnStaff.GetPageAsync($"/bao-cao-don-vi/{periodId}");
        Assert.DoesNotContain("Bản nháp của Hội Phụ nữ", dtnPage.Body!.TextContent, StringComparison.Ordinal);
        // A forged UnitId is ignored: the unit always comes from the signed-in user.
        await dtnStaff.SubmitFormAsync($"/bao-cao-don-vi/{periodId}", new Dictionary<string, string?> { ["UnitId"] = hpnReport.UnitId.ToString(System.Globalization.CultureInfo.InvariantCulture), ["intent"] = "submit" });
        // DTN was founded on 01/07/2025: January 2025 is not its period.
        Assert.Equal(HttpStatusCode.NotFound, (await dtnStaff.GetAsync($"/bao-cao-don-vi/{await factory.PeriodIdAsync("Tháng 01/2025")}")).StatusCode);

        Assert.Equal(UnitReportStatus.Draft, (await factory.ReportAsync("HPN", periodId))!.Status);
        Assert.Equal(UnitReportStatus.Submitted, (await factory.ReportAsync("DTN", periodId))!.Status);
    }
}
