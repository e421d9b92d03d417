using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using NguyenTrai.DigitalLiteracy.Domain.Consolidation;
using NguyenTrai.DigitalLiteracy.Domain.Periods;
using NguyenTrai.DigitalLiteracy.IntegrationTests.ConsolidatedReports;
using NguyenTrai.DigitalLiteracy.TestSupport;
using static NguyenTrai.DigitalLiteracy.IntegrationTests.ConsolidatedReports.ReportScenario;

namespace NguyenTrai.DigitalLiteracy.IntegrationTests.Documents;

/// <summary>
/// The văn thư register: the clerk enters the number the register gives (the page suggests the next free one);
/// (year, symbol, number) is unique in the database, so two issues never share a number, whoever presses first.
/// </summary>
[Collection(ReportScenario.Collection)]
public sealed class RegisterNumberTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private Task<int> OctoberAsync() => factory.WithDbAsync(db => db.ReportingPeriods.AsNoTracking()
        .Where(p => p.Kind == PeriodKind.Monthly && p.Year == 2026 && p.Number == 10).Select(p => p.Id).SingleAsync());

    /// <summary>The register's next number for the office's symbol this year, counted independently.</summary>
    private Task<int> NextFreeAsync() => factory.WithDbAsync(async db =>
        1 + (await db.IssuedReports.Where(i => i.Year == 2026 && i.Symbol == "BC-VHXH").MaxAsync(i => (int?)i.Sequence) ?? 0));

    private static Dictionary<string, string?> Issue(string number) => new()
    {
        ["intent"] = "issue", ["Form.ConfirmIncomplete"] = "true", ["Form.ConfirmChanges"] = "true", ["Form.RegisterNumber"] = number,
    };

    private static async Task<IHtmlDocument> IssueWithAsync(PortalClient office, int id, string number) =>
        await office.FollowAsync(await office.SubmitFormAsync($"/bao-cao-tong-hop/{id}", Issue(number), "form[data-testid=report-form]"));

    [Fact]
    public async Task The_clerk_gives_the_register_number_the_page_suggests_the_next_and_a_taken_one_is_refused()
    {
        using var office = await factory.SignInAsync("vhxh");
        var period = await OctoberAsync();
        var first = await CreateDraftAsync(office, period);
        Assert.Equal((await NextFreeAsync()).ToString(System.Globalization.CultureInfo.InvariantCulture), (await office.GetPageAsync($"/bao-cao-tong-hop/{first}")).TextOf("[data-testid=suggested-number]"));

        var issued = await IssueWithAsync(office, first, "37");
        Assert.StartsWith("Đã ban hành báo cáo số 37/BC-VHXH", issued.FlashSuccess(), StringComparison.Ordinal);
        var row = await factory.WithDbAsync(db => db.IssuedReports.AsNoTracking().SingleAsync(i => i.ConsolidatedReportId == first));
        Assert.Equal((2026, "BC-VHXH", 37, "37/BC-VHXH"), (row.Year, row.Symbol, row.Sequence, row.Number));
        Assert.Contains("Số: 37/BC-VHXH", string.Join(' ', PageWords(row.Pdf)), StringComparison.Ordinal);

        var second = await CreateDraftAsync(office, period);
        var suggested = await NextFreeAsync();
        Assert.True(suggested > 37);
        Assert.Equal(suggested.ToString(System.Globalization.CultureInfo.InvariantCulture), (await office.GetPageAsync($"/bao-cao-tong-hop/{second}")).TextOf("[data-testid=suggested-number]"));
        var taken = await IssueWithAsync(office, second, "37");
        Assert.Contains("Số 37/BC-VHXH năm 2026 đã được cấp cho văn bản", taken.TextOf(".alert-danger"), StringComparison.Ordinal);
        Assert.Equal(ConsolidatedReportStatus.Draft, await factory.WithDbAsync(db => db.ConsolidatedReports.Where(r => r.Id == second).Select(r => r.Status).SingleAsync()));

        var invalid = await IssueWithAsync(office, second, "ba mươi");
        Assert.Contains("Số văn bản phải là số nguyên", invalid.TextOf(".alert-danger"), StringComparison.Ordinal);

        // Another symbol has its own sequence: the city report's number 37 is free.
        var city = await CreateDraftAsync(office, period, audience: "2");
        await SendToLeadershipAsync(office, city);
        using (var leader = await factory.SignInAsync("lanhdao"))
        {
            await ApproveAsync(leader, city);
        }

        Assert.StartsWith("Đã ban hành báo cáo số 37/BC-UBND", await IssueApprovedAsync(office, city, "37"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Twenty_parallel_issues_wanting_the_same_number_give_it_once_and_refuse_the_others_cleanly()
    {
        var results = await IssueInParallelAsync(20, "501");

        Assert.All(results, r => Assert.Equal(HttpStatusCode.Redirect, r.Status));
        Assert.Single(results, r => r.Message.StartsWith("Đã ban hành báo cáo số 501/BC-VHXH", StringComparison.Ordinal));
        Assert.Equal(19, results.Count(r => r.Message.Contains("Số 501/BC-VHXH năm 2026 đã được cấp", StringComparison.Ordinal)));
        var numbers = await factory.WithDbAsync(db => db.IssuedReports.AsNoTracking().Where(i => i.Sequence == 501).Select(i => i.Number).ToListAsync());
        Assert.Equal(["501/BC-VHXH"], numbers);
    }

    [Fact]
    public async Task Twenty_parallel_issues_asking_for_the_next_free_number_get_twenty_distinct_numbers()
    {
        var before = await factory.WithDbAsync(db => db.IssuedReports.CountAsync());

        var results = await IssueInParallelAsync(20, "");

        Assert.All(results, r => Assert.StartsWith("Đã ban hành báo cáo số", r.Message, StringComparison.Ordinal));
        var issued = await factory.WithDbAsync(db => db.IssuedReports.AsNoTracking().OrderBy(i => i.Id).Skip(before).ToListAsync());
        Assert.Equal(20, issued.Count);
        Assert.Equal(20, issued.Select(i => (i.Year, i.Symbol, i.Sequence)).Distinct().Count());
        Assert.Equal(20, issued.Select(i => i.VerificationCode).Distinct().Count());
        // Each PDF prints its own number.
        Assert.All(issued, i => Assert.Contains($"Số: {i.Number}", string.Join(' ', PageWords(i.Pdf)), StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_initiative_compilation_is_issued_with_its_own_number_listed_and_verifiable()
    {
        using var office = await factory.SignInAsync("vhxh");
        var period = await AnnualPeriodAsync(factory);
        var city = await CreateDraftAsync(office, period.Id, audience: "2");
        var before = await office.GetPageAsync($"/bao-cao-tong-hop/{city}");
        Assert.Null(before.QuerySelector("[data-testid=compilation-issue-form]")); // not before leadership approved
        await SendToLeadershipAsync(office, city);
        using (var leader = await factory.SignInAsync("lanhdao"))
        {
            await ApproveAsync(leader, city);
        }

        var page = await office.FollowAsync(await office.SubmitFormAsync($"/bao-cao-tong-hop/{city}", new Dictionary<string, string?> { ["registerNumber"] = "88" }, "form[data-testid=compilation-issue-form]"));

        Assert.Equal("Đã ban hành bản tổng hợp sáng kiến số 88/BC-UBND (phiên bản 1).", page.FlashSuccess());
        var compilation = await factory.WithDbAsync(db => db.IssuedReports.AsNoTracking().SingleAsync(i => i.ConsolidatedReportId == city && i.Kind == IssuedDocumentKind.InitiativeCompilation));
        Assert.Equal(("88/BC-UBND", (byte[]?)null), (compilation.Number, compilation.Xlsx));
        Assert.Contains("Số: 88/BC-UBND", string.Join(' ', PageWords(compilation.Pdf)), StringComparison.Ordinal);
        var registry = await office.GetPageAsync("/bao-cao-da-ban-hanh");
        Assert.Contains(registry.TextsOf("[data-testid=registry] tbody tr"), r => r.Contains("88/BC-UBND", StringComparison.Ordinal) && r.Contains("Tổng hợp sáng kiến", StringComparison.Ordinal));
        Assert.Equal(compilation.Pdf, await GetPdfAsync(office, $"/bao-cao-da-ban-hanh/{compilation.Id}/tai-ve"));
        var verification = await factory.CreatePortalClient().GetPageAsync($"/xac-minh/{compilation.VerificationCode}");
        Assert.Equal("88/BC-UBND", verification.TextOf("[data-fact=number]"));
        // The report itself still takes the next number after the compilation's.
        Assert.StartsWith("Đã ban hành báo cáo số 89/BC-UBND", await IssueApprovedAsync(office, city), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_database_itself_refuses_a_second_document_with_the_same_year_symbol_and_number()
    {
        using var office = await factory.SignInAsync("vhxh");
        var id = await CreateDraftAsync(office, await OctoberAsync());
        await IssueWithAsync(office, id, "777");

        await Assert.ThrowsAsync<DbUpdateException>(() => factory.WithDbAsync(async db =>
        {
            var copy = await db.IssuedReports.AsNoTracking().SingleAsync(i => i.Sequence == 777);
            copy.Id = 0;
            copy.Version = 2;
            copy.VerificationCode = NguyenTrai.DigitalLiteracy.Reporting.Documents.VerificationCode.New();
            db.IssuedReports.Add(copy);
            await db.SaveChangesAsync();
        }));
    }

    private async Task<IReadOnlyList<(HttpStatusCode Status, string Message)>> IssueInParallelAsync(int count, string number)
    {
        var period = await OctoberAsync();
        var clients = new List<PortalClient>();
        var posts = new List<(PortalClient Client, string Url, List<KeyValuePair<string, string>> Fields)>();
        for (var i = 0; i < count; i++)
        {
            var office = await factory.SignInAsync(i % 2 == 0 ? "vhxh" : "vhxh2");
            clients.Add(office);
            var id = await CreateDraftAsync(office, period);
            var form = (IHtmlFormElement)(await office.GetPageAsync($"/bao-cao-tong-hop/{id}")).QuerySelector("form[data-testid=report-form]")!;
            var fields = form.Elements.OfType<IHtmlInputElement>().Where(e => e.Name is { Length: > 0 } && e.Type != "checkbox").Select(e => new KeyValuePair<string, string>(e.Name!, e.Value))
                .Concat(form.Elements.OfType<IHtmlTextAreaElement>().Select(e => new KeyValuePair<string, string>(e.Name!, e.Value)))
                .Where(f => f.Key != "Form.RegisterNumber")
                .Append(new("Form.RegisterNumber", number)).Append(new("intent", "issue"))
                .Append(new("Form.ConfirmIncomplete", "true")).Append(new("Form.ConfirmChanges", "true")).ToList();
            posts.Add((office, $"/bao-cao-tong-hop/{id}", fields));
        }

        var responses = await Task.WhenAll(posts.Select(p => p.Client.PostFormAsync(p.Url, p.Fields)));
        var results = new List<(HttpStatusCode, string)>();
        for (var i = 0; i < count; i++)
        {
            var page = responses[i].StatusCode == HttpStatusCode.Redirect ? await posts[i].Client.GetPageAsync(responses[i].Headers.Location!.OriginalString) : null;
            results.Add((responses[i].StatusCode, page?.QuerySelector(".alert-success, .alert-danger")?.TextContent.Trim() ?? $"HTTP {(int)responses[i].StatusCode}"));
        }

        clients.ForEach(c => c.Dispose());
        return results;
    }
}
