using System.Text;
using Microsoft.EntityFrameworkCore;
using NguyenTrai.DigitalLiteracy.IntegrationTests.ConsolidatedReports;
using NguyenTrai.DigitalLiteracy.TestSupport;
using UglyToad.PdfPig;

namespace NguyenTrai.DigitalLiteracy.IntegrationTests.Documents;

/// <summary>
/// Another commune runs the portal by editing its profile (and its units) on the admin screens, never the code: every
/// document type and page then carries its names and none of Nguyễn Trãi's.
/// </summary>
[Collection(ReportScenario.Collection)]
public sealed class SecondCommuneTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static readonly Dictionary<string, string?> ThanhSon = new()
    {
        ["CommuneName"] = "xã Thanh Sơn",
        ["ParentName"] = "tỉnh Bắc Hà",
        ["PlaceName"] = "Thanh Sơn",
        ["PortalTitle"] = "Học vụ số - Xã Thanh Sơn",
        ["ParentCommitteeName"] = "UBND tỉnh Bắc Hà",
        ["CommitteeName"] = "UBND xã Thanh Sơn",
        ["CommitteeAbbreviation"] = "UBND",
        ["CommitteeSymbol"] = "BC-UBX",
        ["OfficeName"] = "Phòng Văn hóa - Thông tin",
        ["OfficeAbbreviation"] = "VHTT",
        ["OfficeSymbol"] = "BC-VHTT",
        ["CitySignerName"] = "Hoàng Minh Đức",
        ["CitySignerPosition"] = "Chủ tịch",
        ["CityAuthorityLines"] = "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH",
        ["CityRecipients"] = "- UBND tỉnh Bắc Hà (để báo cáo);\n- Sở Văn hóa, Thể thao và Du lịch tỉnh;\n- Lưu: VT, VHTT.",
        ["WardSignerName"] = "Tạ Thu Trang",
        ["WardSignerPosition"] = "Trưởng phòng",
        ["WardAuthorityLines"] = "TRƯỞNG PHÒNG",
        ["WardRecipients"] = "- UBND xã (để báo cáo);\n- Lưu: VT, VHTT.",
        ["DirectingLetter"] = "Thực hiện Kế hoạch số 45/KH-UBND ngày 10/4/2025 của UBND tỉnh Bắc Hà về phong trào \"Bình dân học vụ số\", UBND xã Thanh Sơn đã giao Phòng Văn hóa - Thông tin chủ trì triển khai.",
    };

    /// <summary>Nguyễn Trãi's names in every spelling a document could print them.</summary>
    private static readonly string[] Forbidden =
        ["Nguyễn Trãi", "NGUYỄN TRÃI", "Hải Phòng", "HẢI PHÒNG", "VHXH", "BC-UBND", "Lê Văn Khoa", "Nguyễn Thị Thanh Hương", "9686", "Đặng Thị Thu"];

    private async Task BecomeThanhSonAsync()
    {
        using var admin = await factory.SignInAsync("quantri");
        await DocumentScenario.SaveProfileAsync(admin, ThanhSon);
        Assert.Equal("xã Thanh Sơn", await factory.WithDbAsync(db => db.WardProfiles.Select(p => p.CommuneName).SingleAsync()));
        var unitId = await factory.WithDbAsync(db => db.Units.Where(u => u.Code == DocumentScenario.UnitCode).Select(u => u.Id).SingleAsync());
        await admin.FollowAsync(await admin.SubmitFormAsync($"/quan-tri/don-vi/{unitId}/sua", new Dictionary<string, string?>
        {
            ["DocumentSymbol"] = "pn", ["HeadName"] = "Trịnh Thị Bích", ["HeadPosition"] = "Chủ tịch Hội Phụ nữ",
        }));
        // The commune's own units and entries (the demo data is Nguyễn Trãi's: unit names, places, organising bodies).
        await factory.WithDbAsync(async db =>
        {
            await db.Units.ExecuteUpdateAsync(s => s.SetProperty(u => u.Name, u => u.Name.Replace("Nguyễn Trãi", "Thanh Sơn")));
            await db.Database.ExecuteSqlRawAsync(
                "UPDATE Entries SET Title = replace(Title, 'Nguyễn Trãi', 'Thanh Sơn'), Place = replace(Place, 'Nguyễn Trãi', 'Thanh Sơn'), OrganisingBody = replace(OrganisingBody, 'Nguyễn Trãi', 'Thanh Sơn'), PlanName = replace(PlanName, 'Nguyễn Trãi', 'Thanh Sơn'), Content = replace(Content, 'Nguyễn Trãi', 'Thanh Sơn'), ContentSummary = replace(ContentSummary, 'Nguyễn Trãi', 'Thanh Sơn'), Description = replace(Description, 'Nguyễn Trãi', 'Thanh Sơn'), Results = replace(Results, 'Nguyễn Trãi', 'Thanh Sơn'), ProposerName = replace(ProposerName, 'Nguyễn Trãi', 'Thanh Sơn'), Instructors = replace(Instructors, 'Nguyễn Trãi', 'Thanh Sơn')");
            await db.Database.ExecuteSqlRawAsync("UPDATE UnitReports SET Highlights = replace(Highlights, 'Nguyễn Trãi', 'Thanh Sơn'), Difficulties = replace(Difficulties, 'Nguyễn Trãi', 'Thanh Sơn'), Proposals = replace(Proposals, 'Nguyễn Trãi', 'Thanh Sơn')");
        });
    }

    [Fact]
    public async Task Every_document_type_carries_the_second_communes_names_and_none_of_nguyen_trais()
    {
        await BecomeThanhSonAsync();

        var d = await DocumentScenario.RenderAllAsync(factory);

        foreach (var (name, pdf) in d.All)
        {
            var text = Text(pdf);
            Assert.All(Forbidden, f => Assert.False(text.Contains(f, StringComparison.Ordinal), $"{name}: \"{f}\" is printed"));
            Assert.Contains("Thanh Sơn, ngày", text, StringComparison.Ordinal);
            using var document = PdfDocument.Open(pdf);
            Assert.DoesNotContain("Trãi", document.Information.Author ?? "", StringComparison.Ordinal);
        }

        Assert.Contains("UBND TỈNH BẮC HÀ", Text(d.CityIssued), StringComparison.Ordinal);
        Assert.Contains($"Số: {d.CityVersion.Number}", Text(d.CityIssued), StringComparison.Ordinal);
        Assert.Matches(@"^\d+/BC-UBX$", d.CityVersion.Number);
        Assert.Matches(@"^\d+/BC-VHTT$", d.WardVersion.Number);
        Assert.Contains("Hoàng Minh Đức", Text(d.CityIssued), StringComparison.Ordinal);
        Assert.Contains("PHÒNG VĂN HÓA - THÔNG TIN", Text(d.WardIssued), StringComparison.Ordinal);
        Assert.Contains("Tạ Thu Trang", Text(d.WardIssued), StringComparison.Ordinal);
        Assert.Contains("Kế hoạch số 45/KH-UBND", Text(d.WardIssued), StringComparison.Ordinal);
        Assert.Contains("/BC-PN", Text(d.UnitApproved), StringComparison.Ordinal);
        Assert.Contains("Trịnh Thị Bích", Text(d.UnitApproved), StringComparison.Ordinal);
        Assert.Contains("CHỦ TỊCH HỘI PHỤ NỮ", Text(d.UnitApproved), StringComparison.Ordinal);
        Assert.Contains("Phòng Văn hóa - Thông tin (để tổng hợp)", Text(d.UnitApproved), StringComparison.Ordinal);
        Assert.Contains("mô hình hiệu quả của UBND xã Thanh Sơn./.", Text(d.CompilationIssued), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pages_and_messages_name_the_second_commune()
    {
        await BecomeThanhSonAsync();
        using var staff = await factory.SignInAsync("hpn.canbo");

        var anonymous = factory.CreatePortalClient();
        var login = await anonymous.GetPageAsync("/tai-khoan/dang-nhap");
        var home = await staff.GetPageAsync("/");

        foreach (var page in new[] { login, home })
        {
            var html = page.DocumentElement.OuterHtml;
            Assert.DoesNotContain("Nguyễn Trãi", html, StringComparison.Ordinal);
            Assert.DoesNotContain("Hải Phòng", html, StringComparison.Ordinal);
            Assert.Contains("Học vụ số - Xã Thanh Sơn", page.Title, StringComparison.Ordinal);
        }

        Assert.Contains("xã Thanh Sơn", login.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("UBND xã Thanh Sơn, tỉnh Bắc Hà · Phòng Văn hóa - Thông tin", home.QuerySelector("footer")!.TextContent, StringComparison.Ordinal);
    }

    private static string Text(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        var text = new StringBuilder();
        foreach (var page in document.GetPages())
        {
            text.Append(string.Join(' ', page.GetWords().Select(w => w.Text))).Append('\n').Append(page.Text).Append('\n');
        }

        return text.ToString();
    }
}
