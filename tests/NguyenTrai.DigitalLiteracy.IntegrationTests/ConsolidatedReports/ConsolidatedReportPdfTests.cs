using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using NguyenTrai.DigitalLiteracy.TestSupport;
using static NguyenTrai.DigitalLiteracy.IntegrationTests.ConsolidatedReports.ReportScenario;

namespace NguyenTrai.DigitalLiteracy.IntegrationTests.ConsolidatedReports;

[Collection(ReportScenario.Collection)]
public sealed class ConsolidatedReportPdfTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Issued_ward_report_reads_back_with_header_sections_page_numbers_and_database_sums()
    {
        var period = await AnnualPeriodAsync(factory);
        using var office = await factory.SignInAsync("vhxh");
        var id = await CreateDraftAsync(office, period.Id);
        await IssueAsync(office, id);
        var issued = await factory.WithDbAsync(db => db.IssuedReports.AsNoTracking().SingleAsync(i => i.ConsolidatedReportId == id));

        var pdf = await GetPdfAsync(office, $"/bao-cao-da-ban-hanh/{issued.Id}/tai-ve");
        var pages = PageWords(pdf);

        var first = pages[0];
        foreach (var line in new[] { "UBND PHƯỜNG NGUYỄN TRÃI", "PHÒNG VĂN HÓA - XÃ HỘI", $"Số: {issued.Number}", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Nguyễn Trãi, ngày 25 tháng 11 năm 2026", "BÁO CÁO" })
        {
            Assert.Contains(line, first, StringComparison.Ordinal);
        }
        Assert.Matches(@"^\d+/BC-VHXH$", issued.Number);
        var all = string.Join('\n', pages);
        foreach (var title in new[] { "I. CÔNG TÁC CHỈ ĐẠO, TRIỂN KHAI", "II. KẾT QUẢ THỰC HIỆN", "1. Công tác tuyên truyền", "2. Hướng dẫn, trải nghiệm kỹ năng số", "3. Sáng kiến và lồng ghép", "III. ĐÁNH GIÁ CHUNG", "IV. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI", "V. KIẾN NGHỊ, ĐỀ XUẤT", "Nơi nhận:", "TRƯỞNG PHÒNG", "PHỤ LỤC" })
        {
            Assert.Contains(title, all, StringComparison.Ordinal);
        }

        // Page numbers: none on page 1, then the number first on each page (drawn at the top centre).
        Assert.False(first.StartsWith("1 ", StringComparison.Ordinal));
        for (var p = 1; p < pages.Count; p++)
        {
            Assert.StartsWith($"{p + 1} ", pages[p], StringComparison.Ordinal);
        }

        // A wrapped unit name is centred around its numbers: check the figures as one run, the label without numbers.
        var appendix = string.Join(' ', pages.SkipWhile(p => !p.Contains("PHỤ LỤC", StringComparison.Ordinal)));
        var labels = string.Join(' ', appendix.Split(' ').Where(w => !w.All(c => char.IsDigit(c) || c == '.')));
        foreach (var (label, numbers) in await IndependentSums.ExpectedRowsAsync(factory, period.StartDate, period.EndDate))
        {
            Assert.Contains($" {numbers} ", appendix + " ", StringComparison.Ordinal);
            Assert.Contains(label, labels, StringComparison.Ordinal);
        }

        foreach (var (label, numbers) in await IndependentSums.ExpectedComplianceRowsAsync(factory, period.StartDate, period.EndDate))
        {
            Assert.Contains($" {numbers} ", appendix + " ", StringComparison.Ordinal);
            Assert.Contains(label.Split(' ')[0], labels, StringComparison.Ordinal);
        }

        // Biểu 8 lists one dated row per counted integration activity.
        var integrationTable = appendix[appendix.IndexOf("Biểu 8.", StringComparison.Ordinal)..];
        integrationTable = integrationTable[..integrationTable.IndexOf("Biểu 9.", StringComparison.Ordinal)];
        var printedDates = System.Text.RegularExpressions.Regex.Matches(integrationTable, @"\b\d{2}/\d{2}/\d{4}\b").Select(m => m.Value).Order(StringComparer.Ordinal).ToList();
        var expectedDates = await IndependentSums.ExpectedIntegrationDatesAsync(factory, period.StartDate, period.EndDate);
        Assert.NotEmpty(expectedDates);
        Assert.Equal(expectedDates, printedDates);
    }

    [Fact]
    public async Task City_report_has_the_ward_letterhead_and_the_vice_chairman_signature()
    {
        var period = await AnnualPeriodAsync(factory);
        using var office = await factory.SignInAsync("vhxh");
        var id = await CreateDraftAsync(office, period.Id, audience: "2");

        var preview = await GetPdfAsync(office, $"/bao-cao-tong-hop/{id}/xem-truoc");
        var pages = PageWords(preview);

        Assert.Contains("UBND THÀNH PHỐ HẢI PHÒNG", pages[0], StringComparison.Ordinal);
        Assert.Contains("UBND PHƯỜNG NGUYỄN TRÃI", pages[0], StringComparison.Ordinal);
        Assert.Matches(@"Số:\s*/BC-UBND", pages[0]); // a draft: the văn thư writes the number
        Assert.All(NguyenTrai.DigitalLiteracy.Pdf.Tests.PdfText.Pages(preview), p => Assert.Contains("DỰ THẢO", p.Text, StringComparison.Ordinal));
        var all = string.Join('\n', pages);
        foreach (var line in new[] { "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "- UBND thành phố Hải Phòng (để báo cáo);" })
        {
            Assert.Contains(line, all, StringComparison.Ordinal);
        }
        Assert.Contains("Lê Văn Khoa", all, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Issued_pdf_downloads_byte_identical_and_the_verification_page_detects_a_changed_byte()
    {
        var period = await AnnualPeriodAsync(factory);
        using var office = await factory.SignInAsync("vhxh");
        var id = await CreateDraftAsync(office, period.Id);
        await IssueAsync(office, id);
        var issued = await factory.WithDbAsync(db => db.IssuedReports.AsNoTracking().SingleAsync(i => i.ConsolidatedReportId == id));
        using var leader = await factory.SignInAsync("lanhdao");

        var first = await GetPdfAsync(leader, $"/bao-cao-da-ban-hanh/{issued.Id}/tai-ve");
        var second = await GetPdfAsync(leader, $"/bao-cao-da-ban-hanh/{issued.Id}/tai-ve");

        Assert.Equal(first, second);
        Assert.Equal(issued.PdfSha256, Convert.ToHexStringLower(SHA256.HashData(first)));
        Assert.StartsWith($"Đây là bản gốc đã ban hành: số {issued.Number}, ngày 25/11/2026", await VerifyAsync(leader, first), StringComparison.Ordinal);
        var copy = (byte[])first.Clone();
        copy[copy.Length / 2] ^= 0x01;
        Assert.StartsWith("Không khớp với bản nào đã ban hành", await VerifyAsync(leader, copy), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reissuing_creates_version_2_and_leaves_version_1_untouched()
    {
        var period = await AnnualPeriodAsync(factory);
        using var office = await factory.SignInAsync("vhxh");
        var id = await CreateDraftAsync(office, period.Id);
        await IssueAsync(office, id);
        var v1 = await factory.WithDbAsync(db => db.IssuedReports.AsNoTracking().SingleAsync(i => i.ConsolidatedReportId == id));

        var frozen = await office.SubmitFormAsync($"/bao-cao-tong-hop/{id}", new Dictionary<string, string?>(), "form[action$='/phien-ban-moi']");
        Assert.Equal(System.Net.HttpStatusCode.Redirect, frozen.StatusCode);
        var edited = await office.SubmitFormAsync($"/bao-cao-tong-hop/{id}", new Dictionary<string, string?> { ["Form.Proposals"] = "Đề nghị thành phố hỗ trợ 10 máy tính bảng cho các tổ dân phố." });
        Assert.Equal(System.Net.HttpStatusCode.Redirect, edited.StatusCode);
        await IssueAsync(office, id);

        var versions = await factory.WithDbAsync(db => db.IssuedReports.AsNoTracking().Where(i => i.ConsolidatedReportId == id).OrderBy(i => i.Version).ToListAsync());
        Assert.Equal([1, 2], versions.Select(v => v.Version));
        Assert.Equal(v1.Pdf, versions[0].Pdf);
        Assert.Equal(v1.PdfSha256, versions[0].PdfSha256);
        Assert.NotEqual(v1.PdfSha256, versions[1].PdfSha256);
        Assert.NotEqual(v1.Number, versions[1].Number);
        var text = string.Join('\n', PageWords(versions[1].Pdf));
        Assert.Contains("Đề nghị thành phố hỗ trợ 10 máy tính bảng", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Issued_report_cannot_be_edited_without_a_new_version()
    {
        var period = await AnnualPeriodAsync(factory);
        using var office = await factory.SignInAsync("vhxh");
        var id = await CreateDraftAsync(office, period.Id);
        var token = await office.GetAntiforgeryTokenAsync($"/bao-cao-tong-hop/{id}");
        await IssueAsync(office, id);

        await office.PostFormAsync($"/bao-cao-tong-hop/{id}", [new("__RequestVerificationToken", token), new("Form.Subject", "Sửa sau khi ban hành"), new("Form.Recipients", "- Lưu: VT."), new("Form.SignerName", "A"), new("Form.RowVersion", "AAAA")]);

        var subject = await factory.WithDbAsync(db => db.ConsolidatedReports.AsNoTracking().Where(r => r.Id == id).Select(r => r.Subject).SingleAsync());
        Assert.NotEqual("Sửa sau khi ban hành", subject);
    }

    [Fact]
    public async Task Ad_hoc_window_report_counts_only_its_days_and_the_number_and_hash_lookup_finds_it()
    {
        // The 10/10 campaign: a window that cuts through Decree 09 months.
        var (from, to) = (new DateOnly(2026, 10, 1), new DateOnly(2026, 10, 31));
        using var office = await factory.SignInAsync("vhxh");
        var created = await office.SubmitFormAsync("/bao-cao-tong-hop/tao-moi", new Dictionary<string, string?>
        {
            ["Audience"] = "2", ["PeriodId"] = "", ["From"] = "01/10/2026", ["To"] = "31/10/2026",
            ["Subject"] = "Kết quả hưởng ứng Ngày Chuyển đổi số quốc gia 10/10/2026",
        });
        Assert.Equal(System.Net.HttpStatusCode.Redirect, created.StatusCode);
        var id = int.Parse(created.Headers.Location!.OriginalString.Split('/').Last(), System.Globalization.CultureInfo.InvariantCulture);
        await SendToLeadershipAsync(office, id);
        using (var leader = await factory.SignInAsync("lanhdao"))
        {
            await ApproveAsync(leader, id);
        }

        Assert.StartsWith("Đã ban hành báo cáo số", await IssueApprovedAsync(office, id), StringComparison.Ordinal);
        var issued = await factory.WithDbAsync(db => db.IssuedReports.AsNoTracking().SingleAsync(i => i.ConsolidatedReportId == id));

        var pages = PageWords(await GetPdfAsync(office, $"/bao-cao-da-ban-hanh/{issued.Id}/tai-ve"));
        var appendix = string.Join(' ', pages.SkipWhile(p => !p.Contains("PHỤ LỤC", StringComparison.Ordinal)));
        var expected = await IndependentSums.ExpectedRowsAsync(factory, from, to);
        foreach (var (_, numbers) in expected.Where(r => r.Label == "Tổng cộng"))
        {
            Assert.Contains($" {numbers} ", appendix + " ", StringComparison.Ordinal);
        }

        var lookup = await office.SubmitFormAsync("/xac-minh", new Dictionary<string, string?> { ["number"] = issued.Number, ["sha256"] = issued.PdfSha256.ToUpperInvariant() }, "form[action='/xac-minh/tra-cuu']");
        Assert.StartsWith($"Đây là bản gốc đã ban hành: số {issued.Number}", (await PortalClient.ParseAsync(lookup)).TextOf("[data-testid=verification-result]"), StringComparison.Ordinal);
        var wrong = await office.SubmitFormAsync("/xac-minh", new Dictionary<string, string?> { ["number"] = issued.Number, ["sha256"] = new string('0', 64) }, "form[action='/xac-minh/tra-cuu']");
        Assert.StartsWith("Không khớp với bản nào đã ban hành", (await PortalClient.ParseAsync(wrong)).TextOf("[data-testid=verification-result]"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_mangled_version_token_on_a_draft_is_a_lost_race_not_a_server_error()
    {
        var period = await AnnualPeriodAsync(factory);
        using var office = await factory.SignInAsync("vhxh");
        var id = await CreateDraftAsync(office, period.Id);
        var before = await factory.WithDbAsync(db => db.ConsolidatedReports.AsNoTracking().Where(r => r.Id == id).Select(r => r.Subject).SingleAsync());

        var response = await office.SubmitFormAsync($"/bao-cao-tong-hop/{id}", new Dictionary<string, string?> { ["Form.Subject"] = "Sửa với mã phiên bản hỏng", ["Form.RowVersion"] = "không phải base64!" });

        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("người khác thay đổi", (await office.GetPageAsync(response.Headers.Location!.OriginalString)).DocumentElement.TextContent, StringComparison.Ordinal);
        Assert.Equal(before, await factory.WithDbAsync(db => db.ConsolidatedReports.AsNoTracking().Where(r => r.Id == id).Select(r => r.Subject).SingleAsync()));
    }

    private static async Task<string> VerifyAsync(PortalClient client, byte[] pdf)
    {
        var token = await client.GetAntiforgeryTokenAsync("/xac-minh");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(pdf), "file", "bao-cao.pdf" },
        };
        var response = await client.Http.PostAsync(new Uri("/xac-minh", UriKind.Relative), form);
        var page = await PortalClient.ParseAsync(response);
        return page.TextOf("[data-testid=verification-result]");
    }
}
