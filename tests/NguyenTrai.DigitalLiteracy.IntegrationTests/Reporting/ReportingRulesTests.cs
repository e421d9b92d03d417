using System.Net;
using Microsoft.EntityFrameworkCore;
using NguyenTrai.DigitalLiteracy.Domain.Entries;
using NguyenTrai.DigitalLiteracy.Domain.Periods;
using NguyenTrai.DigitalLiteracy.Domain.Reports;
using NguyenTrai.DigitalLiteracy.IntegrationTests.ConsolidatedReports;
using NguyenTrai.DigitalLiteracy.TestSupport;
using static NguyenTrai.DigitalLiteracy.IntegrationTests.ConsolidatedReports.ReportScenario;

namespace NguyenTrai.DigitalLiteracy.IntegrationTests.Reporting;

/// <summary>The decided reporting rules as users meet them: when units may send, what they owe, what issuing asks.</summary>
[Collection(ReportScenario.Collection)]
public sealed class ReportingRulesTests
{
    [Fact]
    public async Task Gui_bao_cao_opens_three_days_before_the_window_ends()
    {
        using var factory = new ProductDefaults();
        var periodId = await factory.PeriodIdAsync(); // Tháng 12/2026: 15/11 - 14/12, the clock says 25/11
        using (var staff = await factory.SignInAsync("hpn.canbo"))
        {
            var page = await staff.GetPageAsync($"/bao-cao-don-vi/{periodId}");
            Assert.StartsWith("Kỳ chưa kết thúc (còn 19 ngày).", page.TextOf("[data-testid=submit-closed]"), StringComparison.Ordinal);
            Assert.NotNull(page.QuerySelector("button[disabled][aria-describedby=submit-closed]"));

            var refused = await staff.FollowAsync(await staff.SubmitFormAsync($"/bao-cao-don-vi/{periodId}",
                new Dictionary<string, string?> { ["Narrative.Highlights"] = "Gửi sớm", ["intent"] = "submit" }));

            Assert.StartsWith("Kỳ chưa kết thúc", refused.FlashError(), StringComparison.Ordinal);
            Assert.Null(await factory.ReportAsync("HPN", periodId));
        }

        // 11/12/2026, three days before the window ends: staff may send.
        factory.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 11, 9, 0, 0, TimeSpan.FromHours(7)));
        using var later = await factory.SignInAsync("hpn.canbo");
        await later.SubmitReportAsync(periodId);
        Assert.Equal(UnitReportStatus.Submitted, (await factory.ReportAsync("HPN", periodId))!.Status);
    }

    [Fact]
    public async Task Units_never_owe_quarter_half_year_nine_month_or_year_reports()
    {
        using var factory = new PortalFactory();
        using var staff = await factory.SignInAsync("hpn.canbo");

        var list = await staff.GetPageAsync("/bao-cao-don-vi");

        var names = list.TextsOf("[data-testid=unit-periods] tbody th");
        Assert.NotEmpty(names);
        Assert.All(names, n => Assert.StartsWith("Tháng", n, StringComparison.Ordinal));
        var annual = await factory.PeriodIdAsync("Năm 2026");
        Assert.Equal(HttpStatusCode.NotFound, (await staff.GetAsync($"/bao-cao-don-vi/{annual}")).StatusCode);
    }

    [Fact]
    public async Task Issuing_before_the_window_ends_needs_a_confirmation_that_names_the_missing_units()
    {
        using var factory = new PortalFactory();
        using var office = await factory.SignInAsync("vhxh");
        var id = await CreateDraftAsync(office, await factory.PeriodIdAsync());

        var edit = await office.GetPageAsync($"/bao-cao-tong-hop/{id}");
        var warning = edit.TextOf("[data-testid=incomplete-warning]");
        Assert.Contains("Kỳ báo cáo chưa kết thúc (đến hết ngày 14/12/2026).", warning, StringComparison.Ordinal);
        Assert.Contains("Hội Liên hiệp Phụ nữ phường", warning, StringComparison.Ordinal);
        Assert.DoesNotContain("Phòng Văn hóa - Xã hội,", warning, StringComparison.Ordinal);

        var refused = await office.FollowAsync(await office.SubmitFormAsync($"/bao-cao-tong-hop/{id}",
            new Dictionary<string, string?> { ["intent"] = "issue" }, "form[data-testid=report-form]"));
        Assert.Contains("Chưa ban hành.", refused.FlashError(), StringComparison.Ordinal);
        Assert.Contains("Thôn Lạc Dục", refused.FlashError(), StringComparison.Ordinal);
        Assert.Equal(0, await factory.WithDbAsync(db => db.IssuedReports.CountAsync()));

        await IssueAsync(office, id); // confirms
        Assert.Equal(1, await factory.WithDbAsync(db => db.IssuedReports.CountAsync()));
    }

    [Fact]
    public async Task Text_follows_the_figures_changes_are_shown_and_the_issued_version_freezes_text_pdf_and_workbook()
    {
        using var factory = new PortalFactory();
        using var office = await factory.SignInAsync("vhxh");
        var annual = await AnnualPeriodAsync(factory);
        var id = await CreateDraftAsync(office, annual.Id);
        var before = string.Join(' ', PageWords(await GetPdfAsync(office, $"/bao-cao-tong-hop/{id}/xem-truoc")));
        var selectedBefore = int.Parse(System.Text.RegularExpressions.Regex.Match(before, @"đã lựa chọn (\d+) sáng kiến").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

        // After the draft was made, the office selects an initiative that the year's approved reports contain.
        var initiative = await factory.WithDbAsync(db => db.Initiatives.AsNoTracking()
            .Where(i => i.Date >= annual.StartDate && i.Date <= annual.EndDate && i.Status != InitiativeStatus.Selected)
            .Where(i => db.UnitReports.Any(r => r.UnitId == i.UnitId && r.Status == UnitReportStatus.Approved && r.ReportingPeriod!.Kind == PeriodKind.Monthly
                && r.ReportingPeriod.StartDate <= i.Date && i.Date <= r.ReportingPeriod.EndDate))
            .Select(i => new { i.Id, i.Title }).FirstAsync());
        await office.SubmitFormAsync($"/danh-gia-sang-kien/{initiative.Id}", new Dictionary<string, string?>
        {
            ["Decide.Note"] = "Chọn báo cáo thành phố.",
            ["selected"] = "true",
        }, "[data-testid=decide-form]");

        var after = string.Join(' ', PageWords(await GetPdfAsync(office, $"/bao-cao-tong-hop/{id}/xem-truoc")));
        Assert.Contains($"đã lựa chọn {selectedBefore + 1} sáng kiến", after, StringComparison.Ordinal);
        var table4 = after[after.IndexOf("Biểu 7.", StringComparison.Ordinal)..after.IndexOf("Biểu 8.", StringComparison.Ordinal)];
        Assert.All(initiative.Title.Split(' '), word => Assert.Contains(word, table4, StringComparison.Ordinal)); // a wrapped cell interleaves with its row
        var edit = await office.GetPageAsync($"/bao-cao-tong-hop/{id}");
        Assert.Contains("Sáng kiến được lựa chọn", edit.TextOf("[data-testid=figure-changes]"), StringComparison.Ordinal);

        var refused = await office.FollowAsync(await office.SubmitFormAsync($"/bao-cao-tong-hop/{id}",
            new Dictionary<string, string?> { ["intent"] = "issue", ["Form.ConfirmIncomplete"] = "true" }, "form[data-testid=report-form]"));
        Assert.Contains("Số liệu đã thay đổi", refused.FlashError(), StringComparison.Ordinal);

        await IssueAsync(office, id);
        var issued = await factory.WithDbAsync(db => db.IssuedReports.AsNoTracking().SingleAsync(i => i.ConsolidatedReportId == id));
        var page = await office.GetPageAsync($"/bao-cao-tong-hop/{id}");
        Assert.NotNull(page.QuerySelector($"a[href='/bao-cao-da-ban-hanh/{issued.Id}/excel']"));
        Assert.Null(page.QuerySelector("[data-testid=draft-excel]"));
        Assert.Equal(HttpStatusCode.NotFound, (await office.GetAsync($"/bao-cao-tong-hop/{id}/excel")).StatusCode);
        Assert.Contains($"đã lựa chọn {selectedBefore + 1} sáng kiến", issued.TextSnapshotJson, StringComparison.Ordinal);

        // A later evaluation changes live figures, never the issued files.
        await office.SubmitFormAsync($"/danh-gia-sang-kien/{initiative.Id}", new Dictionary<string, string?>(), "[data-testid=reconsider-form]");
        var workbook = await (await office.GetAsync($"/bao-cao-da-ban-hanh/{issued.Id}/excel")).Content.ReadAsByteArrayAsync();
        var pdf = await GetPdfAsync(office, $"/bao-cao-da-ban-hanh/{issued.Id}/tai-ve");
        Assert.Equal(issued.Xlsx, workbook);
        Assert.Equal(issued.Pdf, pdf);
    }

    [Fact]
    public async Task Preview_prints_the_text_in_the_form_without_saving_it()
    {
        using var factory = new PortalFactory();
        using var office = await factory.SignInAsync("vhxh");
        var id = await CreateDraftAsync(office, (await AnnualPeriodAsync(factory)).Id);

        var preview = await office.SubmitFormAsync($"/bao-cao-tong-hop/{id}",
            new Dictionary<string, string?> { ["intent"] = "preview", ["Form.NextTasks"] = "Tổ chức Ngày hội toàn dân học tập số tại 15 nhà văn hóa." }, "form[data-testid=report-form]");

        Assert.Equal("application/pdf", preview.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Tổ chức Ngày hội toàn dân học tập số tại 15 nhà văn hóa.", string.Join(' ', PageWords(await preview.Content.ReadAsByteArrayAsync())), StringComparison.Ordinal);
        Assert.DoesNotContain("15 nhà văn hóa", await factory.WithDbAsync(db => db.ConsolidatedReports.Where(r => r.Id == id).Select(r => r.SectionNextTasks).SingleAsync()), StringComparison.Ordinal);
        var saved = await office.FollowAsync(await office.SubmitFormAsync($"/bao-cao-tong-hop/{id}",
            new Dictionary<string, string?> { ["intent"] = "save" }, "form[data-testid=report-form]"));
        Assert.Equal("Đã lưu dự thảo.", saved.FlashSuccess());
    }

    [Fact]
    public async Task A_movement_scoped_report_counts_only_entries_tagged_with_the_movement()
    {
        using var factory = new PortalFactory();
        var (tenTen, other, unitId, periodId) = await factory.WithDbAsync(async db =>
        {
            var campaigns = await db.Campaigns.ToListAsync();
            var unit = new Domain.Units.Unit { Code = "MOV", Name = "Tổ dân phố thử phong trào", Kind = Domain.Units.UnitKind.ResidentialGroup, ActiveFrom = new DateOnly(2025, 1, 1) };
            db.Units.Add(unit);
            await db.SaveChangesAsync();
            var october = await db.ReportingPeriods.SingleAsync(p => p.Kind == PeriodKind.Monthly && p.Year == 2025 && p.Number == 10);
            PropagandaActivity Activity(string title, int quantity, Domain.Campaigns.Campaign campaign) => new()
            {
                UnitId = unit.Id, Title = title, Date = new DateOnly(2025, 10, 10), Channel = PropagandaChannel.BannerPoster, Mode = DeliveryMode.InPerson,
                Quantity = quantity, CreatedById = "seed", Campaigns = [campaign],
            };
            db.Entries.Add(Activity("Băng rôn Ngày Chuyển đổi số 10/10", 7, campaigns.Single(c => c.Code == "CDS-10-10")));
            db.Entries.Add(Activity("Băng rôn Bình dân học vụ số cùng ngày", 900, campaigns.Single(c => c.Code == "BDHVS")));
            var report = UnitReport.Start(unit.Id, october.Id);
            report.Submit(new ReportActor("x", "Cán bộ", new DateTime(2025, 10, 14, 1, 0, 0, DateTimeKind.Utc)));
            report.Approve(new ReportActor("y", "Phòng", new DateTime(2025, 10, 15, 1, 0, 0, DateTimeKind.Utc)));
            db.UnitReports.Add(report);
            await db.SaveChangesAsync();
            var thematic = await db.ReportingPeriods.SingleAsync(p => p.Kind == PeriodKind.Thematic && p.Year == 2025);
            return (campaigns.Single(c => c.Code == "CDS-10-10"), campaigns.Single(c => c.Code == "BDHVS"), unit.Id, thematic.Id);
        });
        using var office = await factory.SignInAsync("vhxh");

        var response = await office.SubmitFormAsync("/bao-cao-tong-hop/tao-moi", new Dictionary<string, string?>
        {
            ["Audience"] = "1",
            ["PeriodId"] = periodId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["CampaignIds"] = tenTen.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        var id = int.Parse(response.Headers.Location!.OriginalString.Split('/').Last(), System.Globalization.CultureInfo.InvariantCulture);
        var text = string.Join(' ', PageWords(await GetPdfAsync(office, $"/bao-cao-tong-hop/{id}/xem-truoc")));

        Assert.Contains($"hưởng ứng \"{tenTen.Name}\"", text, StringComparison.Ordinal); // trích yếu
        Assert.Contains($"Báo cáo này tổng hợp các hoạt động gắn với \"{tenTen.Name}\"", text, StringComparison.Ordinal); // section I
        var expected = await factory.WithDbAsync(db => db.PropagandaActivities.Where(p => p.Date >= new DateOnly(2025, 10, 1) && p.Date <= new DateOnly(2025, 10, 31)
            && p.Campaigns.Any(c => c.Id == tenTen.Id)
            && db.UnitReports.Any(r => r.UnitId == p.UnitId && r.Status == UnitReportStatus.Approved && r.ReportingPeriod!.Kind == PeriodKind.Monthly && r.ReportingPeriod.StartDate <= p.Date && p.Date <= r.ReportingPeriod.EndDate))
            .Select(p => new { p.Quantity }).ToListAsync());
        Assert.Contains(expected, e => e.Quantity == 7);                    // the 10/10 banner counts
        Assert.DoesNotContain(expected, e => e.Quantity == 900);            // the same day's banner of another movement does not
        Assert.Contains($"thực hiện {IndependentSums.N(expected.Count)} hoạt động tuyên truyền với {IndependentSums.N(expected.Sum(e => e.Quantity))} lượt", text, StringComparison.Ordinal);
        Assert.True(unitId > 0 && other.Id != tenTen.Id);
    }

    /// <summary>The product's own setting for when sending opens (3 days), not the workflow tests' wider one.</summary>
    private sealed class ProductDefaults : PortalFactory
    {
        protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?> { ["Reporting:SubmissionOpensDaysBeforeEnd"] = "3" };
    }
}
