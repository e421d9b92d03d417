using Microsoft.EntityFrameworkCore;
using NguyenTrai.DigitalLiteracy.IntegrationTests.ConsolidatedReports;
using NguyenTrai.DigitalLiteracy.Pdf.Tests;
using NguyenTrai.DigitalLiteracy.Reporting.Documents;
using NguyenTrai.DigitalLiteracy.TestSupport;

namespace NguyenTrai.DigitalLiteracy.IntegrationTests.Documents;

/// <summary>
/// Every document type against Decree 30/2020 appendix I (<see cref="DocumentAudit"/>), with a unit whose name is
/// over 60 characters: header, number, date, title and trích yếu rule, font, margins, page numbers, Nơi nhận,
/// signature with room to sign, keep-together, draft marks on every unissued page, unbroken cells, QR on issued ones.
/// </summary>
[Collection(ReportScenario.Collection)]
public sealed class Decree30DocumentTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string LongUnitName = "Trung tâm Văn hóa Thể thao và Truyền thông kiêm Nhà văn hóa trung tâm phường";
    private const string Today = "Nguyễn Trãi, ngày 25 tháng 11 năm 2026";

    private static readonly string[] ConsolidatedHeadings =
        ["I. CÔNG TÁC CHỈ ĐẠO, TRIỂN KHAI", "II. KẾT QUẢ THỰC HIỆN", "1. Công tác tuyên truyền", "2. Hướng dẫn, trải nghiệm kỹ năng số", "3. Sáng kiến và lồng ghép",
         "III. ĐÁNH GIÁ CHUNG", "1. Ưu điểm", "2. Hạn chế, nguyên nhân", "IV. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI", "V. KIẾN NGHỊ, ĐỀ XUẤT"];

    internal static readonly string[] UnitHeadings =
        ["I. SỐ LIỆU TỔNG HỢP", "II. DANH SÁCH HOẠT ĐỘNG", "1. Tuyên truyền", "2. Hướng dẫn, trải nghiệm kỹ năng số", "3. Sáng kiến, cách làm hay, mô hình hiệu quả",
         "4. Lồng ghép nội dung học tập số", "III. ĐÁNH GIÁ, KIẾN NGHỊ", "1. Kết quả nổi bật", "2. Khó khăn, vướng mắc", "3. Đề xuất, kiến nghị"];

    private static readonly string[] CityAuthority = ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"];

    private async Task<RenderedDocuments> RenderWithLongUnitNameAsync()
    {
        Assert.True(LongUnitName.Length >= 60);
        await factory.WithDbAsync(db => db.Units.Where(u => u.Code == DocumentScenario.UnitCode).ExecuteUpdateAsync(s => s.SetProperty(u => u.Name, LongUnitName)));
        return await DocumentScenario.RenderAllAsync(factory);
    }

    [Fact]
    public async Task Every_document_type_passes_the_decree_30_audit()
    {
        var d = await RenderWithLongUnitNameAsync();
        var ward = new Expected("UBND phường Nguyễn Trãi", "Phòng Văn hóa - Xã hội", "BC-VHXH", Today, ["TRƯỞNG PHÒNG"], "Nguyễn Thị Thanh Hương", Draft: true)
        {
            Headings = ConsolidatedHeadings,
        };
        var city = new Expected("UBND thành phố Hải Phòng", "UBND phường Nguyễn Trãi", "BC-UBND", Today, CityAuthority, "Lê Văn Khoa", Draft: true)
        {
            Headings = ConsolidatedHeadings,
        };
        var unit = new Expected("UBND phường Nguyễn Trãi", LongUnitName, "BC-HPN", Letterhead.DateLine("Nguyễn Trãi", await DocumentScenario.UnitReportDateAsync(factory)),
            ["CHỦ TỊCH HỘI"], "Đặng Thị Thu", Draft: false)
        {
            Headings = UnitHeadings,
        };
        var compilation = city with { Headings = [], Contains = ["Tổng hợp sáng kiến, cách làm hay"] };

        DocumentAudit.Check(d.WardPreview, ward);
        DocumentAudit.Check(d.WardIssued, ward with { Draft = false, Contains = [$"Số: {d.WardVersion.Number}", LongUnitName.Split(' ')[0]] });
        DocumentAudit.Check(d.CityPreview, city);
        DocumentAudit.Check(d.CityIssued, city with { Draft = false, Contains = [$"Số: {d.CityVersion.Number}"] });
        DocumentAudit.Check(d.UnitApproved, unit);
        DocumentAudit.Check(d.UnitDraft, unit with { Draft = true });
        DocumentAudit.Check(d.CompilationPreview, compilation);
        DocumentAudit.Check(d.CompilationIssued, compilation with { Draft = false, Contains = [$"Số: {d.CompilationVersion.Number}"] });
    }

    [Fact]
    public async Task Issued_documents_carry_the_qr_code_and_code_of_their_verification_page_on_the_last_page_only()
    {
        var d = await RenderWithLongUnitNameAsync();

        foreach (var (pdf, version) in new[] { (d.WardIssued, d.WardVersion), (d.CityIssued, d.CityVersion), (d.CompilationIssued, d.CompilationVersion) })
        {
            var pages = PdfText.Pages(pdf);
            var url = QrDecoder.Decode(Pdftoppm.Rasterize(pdf, page: pages.Count, dpi: 150));
            Assert.Equal($"http://localhost/xac-minh/{version.VerificationCode}", url);
            Assert.Contains(VerificationCode.Display(version.VerificationCode), pages[^1].WordsJoined, StringComparison.Ordinal);
            Assert.All(pages.SkipLast(1), p => Assert.DoesNotContain(version.VerificationCode, p.Text, StringComparison.Ordinal));
        }

        foreach (var draft in new[] { d.WardPreview, d.CityPreview, d.CompilationPreview, d.UnitApproved, d.UnitDraft })
        {
            Assert.DoesNotContain("Mã xác minh", string.Join(' ', PdfText.Pages(draft).Select(p => p.WordsJoined)), StringComparison.Ordinal);
        }
    }
}
