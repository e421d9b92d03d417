using System.Globalization;
using AngleSharp.Dom;
using NguyenTrai.DigitalLiteracy.IntegrationTests.ConsolidatedReports;
using NguyenTrai.DigitalLiteracy.IntegrationTests.Dashboard;
using NguyenTrai.DigitalLiteracy.IntegrationTests.Reporting;
using NguyenTrai.DigitalLiteracy.TestSupport;
using static NguyenTrai.DigitalLiteracy.IntegrationTests.ConsolidatedReports.ReportScenario;
using static NguyenTrai.DigitalLiteracy.IntegrationTests.OneTruth.IndependentFigures;

namespace NguyenTrai.DigitalLiteracy.IntegrationTests.OneTruth;

/// <summary>
/// One truth for every figure: on generated data, for months, a quarter, a year, the thematic 10/10 window and
/// random ad hoc windows, the dashboard, the compliance page, the consolidated report (text and every Biểu), its
/// workbook and the initiative compilation all show the numbers an independent SQL computation gives.
/// </summary>
[Collection(ReportScenario.Collection)]
public sealed class OneTruthTests(OneTruthWard ward) : IClassFixture<OneTruthWard>
{
    public static TheoryData<string> Periods => ["Tháng 10/2026", "Tháng 11/2026", "Quý III/2026", "Năm 2026", "Chuyên đề hưởng ứng Ngày Chuyển đổi số quốc gia 10/10/2025"];

    /// <summary>Ad hoc windows drawn from the seed: any start in 2026, 3 to 70 days long.</summary>
    public static TheoryData<int> AdHocDraws => [1, 2, 3];

    [Theory]
    [MemberData(nameof(Periods))]
    public async Task Dashboard_and_compliance_show_the_independent_figures(string periodName)
    {
        var periodId = await ward.PeriodIdAsync(periodName);
        var period = await ward.WithDbAsync(db => Task.FromResult(db.ReportingPeriods.Single(p => p.Id == periodId)));
        var expected = IndependentFigures.Load(ward.DatabasePath, period.StartDate, period.EndDate, ward.Today);
        using var office = await ward.SignInAsync("vhxh");

        var page = await office.GetPageAsync($"/tong-quan?PeriodId={periodId}");

        Assert.True(expected.Totals.Sum() > 0, "the window should have counted entries");
        var t = expected.Totals;
        Assert.Equal(t[0], page.Figure("propaganda"));
        Assert.Equal(t[2], page.Figure("propaganda-reach"));
        Assert.Equal(t[3], page.Figure("sessions"));
        Assert.Equal(t[4], page.Figure("participants"));
        Assert.Equal(t[5], page.Figure("women"));
        Assert.Equal(t[6], page.Figure("aged60"));
        Assert.Equal(t[7], page.Figure("accounts"));
        Assert.Equal(t[8], page.Figure("completions"));
        Assert.Equal(t[9], page.Figure("initiatives"));
        Assert.Equal(t[10], page.Figure("integrations"));
        Assert.Equal(t[11], page.Number("[data-figure=integration-reach]"));
        Assert.Equal(t[12], page.Figure("adults"));
        for (var channel = 1; channel <= 8; channel++)
        {
            var (count, quantity, reach) = expected.Channels.GetValueOrDefault(channel);
            var row = page.QuerySelectorAll("[data-testid=channel-table] tbody tr")[channel - 1];
            Assert.Equal([count, quantity, reach], row.QuerySelectorAll("td").Select(Long));
        }

        for (var status = 1; status <= 4; status++)
        {
            Assert.Equal(expected.InitiativeStatuses.GetValueOrDefault(status), Long(page.QuerySelectorAll("[data-testid=status-table] tbody tr td")[status - 1]));
        }

        // Online / in person, each platform, each target group (issue: the ward's letter asks for them).
        foreach (var (mode, name) in new[] { (1, "Online"), (2, "InPerson") })
        {
            var p = expected.PropagandaModes.GetValueOrDefault(mode) ?? [0, 0, 0];
            var tr = expected.TrainingModes.GetValueOrDefault(mode) ?? [0, 0];
            Assert.Equal([.. p, .. tr], page.QuerySelectorAll($"[data-testid=mode-table] tr[data-mode={name}] td").Select(Long));
        }

        foreach (var (flag, values) in expected.Platforms)
        {
            Assert.Equal(values, page.QuerySelectorAll($"[data-testid=platform-table] tr[data-platform={(Domain.Entries.DigitalPlatforms)flag}] td").Select(Long));
        }

        foreach (var (flag, values) in expected.Groups)
        {
            Assert.Equal(values, page.QuerySelectorAll($"[data-testid=group-table] tr[data-group={(Domain.Entries.TargetGroups)flag}] td").Select(Long));
        }

        var platformList = await office.GetPageAsync(page.QuerySelector("[data-testid=platform-table] tr[data-platform=AiCongDong] a")!.GetAttribute("href")!);
        Assert.Equal(expected.Platforms[2][0], platformList.Number("[data-testid=result-count]"));

        // Each number's drill-down list holds exactly the entries it counts.
        foreach (var (figure, count) in new[] { ("propaganda", t[0]), ("sessions", t[3]), ("initiatives", t[9]), ("integrations", t[10]) })
        {
            var list = await office.GetPageAsync(page.QuerySelector($"a[data-figure='{figure}']")!.GetAttribute("href")!);
            Assert.Equal(count, list.Number("[data-testid=result-count]"));
        }

        var c = expected.Compliance;
        Assert.Equal(c[0], page.Number("[data-compliance=expected]"));
        Assert.Equal(expected.Sent, page.Number("[data-compliance=submitted]"));
        Assert.Equal(c[5], page.Number("[data-compliance=ontime]"));
        Assert.Equal(c[6], page.Number("[data-compliance=late]"));
        Assert.Equal(c[2], page.Number("[data-compliance=approved]"));
        Assert.Equal(c[1], page.Number("[data-compliance=notdue]"));

        var compliance = await office.GetPageAsync($"/tinh-hinh-nop?periodId={periodId}");
        if (period.Kind == Domain.Periods.PeriodKind.Monthly)
        {
            Assert.Equal(c[0], compliance.Number("[data-count=expected]"));
            Assert.Equal(c[0] - c[1], compliance.Number("[data-count=due]"));
            Assert.Equal(expected.Sent, compliance.Number("[data-count=submitted]"));
            Assert.Equal(c[5], compliance.Number("[data-count=ontime]"));
            Assert.Equal(c[6], compliance.Number("[data-count=late]"));
            Assert.Equal(c[2], compliance.Number("[data-count=approved]"));
            Assert.Equal(c[4], compliance.Number("[data-count=notsent]"));
        }
    }

    [Theory]
    [MemberData(nameof(Periods))]
    public async Task Consolidated_report_text_appendix_workbook_and_compilation_of_a_period(string periodName)
    {
        var periodId = await ward.PeriodIdAsync(periodName);
        var period = await ward.WithDbAsync(db => Task.FromResult(db.ReportingPeriods.Single(p => p.Id == periodId)));
        using var office = await ward.SignInAsync("vhxh");

        await AssertReportAsync(office, await CreateDraftAsync(office, periodId), period.StartDate, period.EndDate);
    }

    [Theory]
    [MemberData(nameof(AdHocDraws))]
    public async Task Consolidated_report_of_an_ad_hoc_window(int draw)
    {
        var random = new Random(OneTruthWard.Seed + draw);
        var from = new DateOnly(2026, 1, 1).AddDays(random.Next(0, 280));
        var to = from.AddDays(random.Next(3, 71));
        using var office = await ward.SignInAsync("vhxh");

        var response = await office.SubmitFormAsync("/bao-cao-tong-hop/tao-moi", new Dictionary<string, string?>
        {
            ["Audience"] = "1",
            ["PeriodId"] = "",
            ["From"] = from.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
            ["To"] = to.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
        });
        var id = int.Parse(response.Headers.Location!.OriginalString.Split('/').Last(), CultureInfo.InvariantCulture);

        await AssertReportAsync(office, id, from, to);
    }

    private async Task AssertReportAsync(PortalClient office, int reportId, DateOnly from, DateOnly to)
    {
        var e = IndependentFigures.Load(ward.DatabasePath, from, to, ward.Today);
        var t = e.Totals;
        var c = e.Compliance;
        var text = Normalise(string.Join(' ', PageWords(await GetPdfAsync(office, $"/bao-cao-tong-hop/{reportId}/xem-truoc"))));

        // Section II sentences, generated from the figures at this preview.
        Assert.Contains($"thực hiện {N(t[0])} hoạt động tuyên truyền với {N(t[1])} lượt tin, bài, băng rôn, tờ rơi, tiếp cận khoảng {N(t[2])} lượt người", text, StringComparison.Ordinal);
        Assert.Contains($"Tổ chức {N(t[3])} lớp học, buổi hướng dẫn, hoạt động trải nghiệm kỹ năng số với {N(t[4])} lượt người tham gia, trong đó {N(t[5])} lượt nữ, {N(t[6])} lượt người từ 60 tuổi trở lên; hướng dẫn tạo {N(t[7])} tài khoản", text, StringComparison.Ordinal);
        Assert.Contains($"{N(t[8])} lượt người hoàn thành khóa học", text, StringComparison.Ordinal);
        Assert.Contains($"đề xuất {N(t[9])} sáng kiến", text, StringComparison.Ordinal);
        Assert.Contains($"đã lựa chọn {N(e.SelectedInitiatives.Count)} sáng kiến", text, StringComparison.Ordinal);
        Assert.Contains($"lồng ghép vào {N(t[10])} kế hoạch", text, StringComparison.Ordinal);
        // Section I: reports owed, due, sent on time and late, approved.
        Assert.Contains($"{N(e.UnitsOwing)} đơn vị thuộc diện báo cáo với {N(c[0])} lượt báo cáo tháng", text, StringComparison.Ordinal);
        if (c[0] > c[1])
        {
            Assert.Contains($"{N(c[0] - c[1])} lượt đã đến hạn, trong đó {N(e.Sent)} lượt đã gửi ({N(c[5])} đúng hạn, {N(c[6])} muộn) và {N(c[2])} lượt đã được phê duyệt", text, StringComparison.Ordinal);
        }

        // Appendix: the total rows of Biểu 1, 3 and 6, every selected initiative (Biểu 7), every integration date (Biểu 8).
        var appendix = text[text.IndexOf("PHỤ LỤC", StringComparison.Ordinal)..];
        Assert.Contains($"Tổng cộng {N(t[0])} {N(t[1])} {N(t[2])}", appendix, StringComparison.Ordinal);
        Assert.Contains($"Tổng cộng {N(t[3])} {N(t[4])} {N(t[5])} {N(t[6])} {N(t[7])} {N(t[8])}", appendix, StringComparison.Ordinal);
        Assert.Contains($"Tổng cộng {string.Join(' ', c.Select(N))}", appendix, StringComparison.Ordinal);
        var biểu7 = appendix[appendix.IndexOf("Biểu 7.", StringComparison.Ordinal)..appendix.IndexOf("Biểu 8.", StringComparison.Ordinal)];
        Assert.All(e.SelectedInitiatives.SelectMany(title => title.Split(' ')), word => Assert.Contains(word, biểu7, StringComparison.Ordinal)); // wrapped cells interleave
        var integrationTable = appendix[appendix.IndexOf("Biểu 8.", StringComparison.Ordinal)..appendix.IndexOf("Biểu 9.", StringComparison.Ordinal)];
        Assert.Equal(e.IntegrationDates.Order(StringComparer.Ordinal), System.Text.RegularExpressions.Regex.Matches(integrationTable, @"\b\d{2}/\d{2}/\d{4}\b").Select(m => m.Value).Order(StringComparer.Ordinal));

        // Biểu 2, 4 and 5: online / in person, platforms, target groups (a run of numbers per row).
        var modes = appendix[appendix.IndexOf("Biểu 2.", StringComparison.Ordinal)..appendix.IndexOf("Biểu 3.", StringComparison.Ordinal)];
        foreach (var mode in new[] { 1, 2 })
        {
            var p = e.PropagandaModes.GetValueOrDefault(mode) ?? [0, 0, 0];
            var tr = e.TrainingModes.GetValueOrDefault(mode) ?? [0, 0];
            Assert.Contains(string.Join(' ', p.Concat(tr).Select(N)), modes, StringComparison.Ordinal);
        }

        var platforms = appendix[appendix.IndexOf("Biểu 4.", StringComparison.Ordinal)..appendix.IndexOf("Biểu 5.", StringComparison.Ordinal)];
        Assert.All(e.Platforms.Values, v => Assert.Contains(string.Join(' ', v.Select(N)), platforms, StringComparison.Ordinal));
        var groups = appendix[appendix.IndexOf("Biểu 5.", StringComparison.Ordinal)..appendix.IndexOf("Biểu 6.", StringComparison.Ordinal)];
        Assert.All(e.Groups.Values, v => Assert.Contains(string.Join(' ', v.Select(N)), groups, StringComparison.Ordinal));
        if (e.Platforms[2][0] > 0)
        {
            Assert.Contains($"aicongdong.ptit.edu.vn {N(e.Platforms[2][0])} buổi ({N(e.Platforms[2][1])} lượt người)", text, StringComparison.Ordinal);
        }

        // The draft's workbook: the same totals on its sheets, each headed with the window.
        var xlsx = await (await office.GetAsync($"/bao-cao-tong-hop/{reportId}/excel")).Content.ReadAsByteArrayAsync();
        var propaganda = AppendixSheet.Read(xlsx, "B1 Tuyên truyền");
        Assert.Contains($"Thời gian: từ ngày {from:dd/MM/yyyy} đến ngày {to:dd/MM/yyyy}", propaganda.Heading);
        Assert.Equal([t[0], t[1], t[2]], new[] { "Số hoạt động", "Số lượng (tin, bài, băng rôn)", "Lượt tiếp cận" }.Select(propaganda.TotalOf));
        var training = AppendixSheet.Read(xlsx, "B3 Hướng dẫn theo đơn vị");
        Assert.Equal([t[3], t[4], t[5], t[6], t[7], t[8]], new[] { "Số buổi", "Lượt người", "Nữ", "Từ 60 tuổi", "Tài khoản tạo mới", "Hoàn thành" }.Select(training.TotalOf));
        Assert.Equal(Enumerable.Range(1, training.Rows.Count).Select(i => (object)(double)i), training.Rows.Select(r => (object)Convert.ToDouble(r[0], CultureInfo.InvariantCulture)));
        var compliance = AppendixSheet.Read(xlsx, "B6 Tình hình báo cáo");
        Assert.Equal(c, new[] { "Số báo cáo phải gửi", "Chưa đến hạn", "Đã phê duyệt", "Chờ duyệt, trả lại", "Đến hạn chưa gửi", "Gửi đúng hạn", "Gửi muộn" }.Select(compliance.TotalOf));
        Assert.Equal(e.SelectedInitiatives.Count, AppendixSheet.Read(xlsx, "B7 Sáng kiến").Rows.Count);
        var platformSheet = AppendixSheet.Read(xlsx, "B4 Nền tảng");
        Assert.Equal(e.Platforms.Values.Select(v => string.Join(' ', v)), platformSheet.Rows.Select(r => string.Join(' ', r.Skip(2).Take(4).Select(x => Convert.ToInt64(x, CultureInfo.InvariantCulture)))));
        var groupSheet = AppendixSheet.Read(xlsx, "B5 Đối tượng");
        Assert.Equal(e.Groups.Values.Select(v => string.Join(' ', v)), groupSheet.Rows.Select(r => string.Join(' ', r.Skip(2).Take(2).Select(x => Convert.ToInt64(x, CultureInfo.InvariantCulture)))));

        // The initiative compilation counts by the same rule.
        var compilation = Normalise(string.Join(' ', PageWords(await GetPdfAsync(office, $"/bao-cao-tong-hop/{reportId}/sang-kien"))));
        Assert.Contains(e.SelectedInitiatives.Count > 0 ? $"tổng hợp {N(e.SelectedInitiatives.Count)} sáng kiến" : "Trong kỳ chưa có sáng kiến", compilation, StringComparison.Ordinal);
        Assert.All(e.SelectedInitiatives, title => Assert.Contains(title, compilation, StringComparison.Ordinal));
    }

    private static long Long(IElement cell) => long.Parse(new string([.. cell.TextContent.Trim().Split(' ')[0].Where(char.IsDigit)]), CultureInfo.InvariantCulture);

    private static string Normalise(string text) => System.Text.RegularExpressions.Regex.Replace(text, @"\s+", " ");
}
