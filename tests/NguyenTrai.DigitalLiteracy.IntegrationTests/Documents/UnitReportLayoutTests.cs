using NguyenTrai.DigitalLiteracy.Pdf;
using NguyenTrai.DigitalLiteracy.Pdf.Tests;
using NguyenTrai.DigitalLiteracy.Reporting.Documents;
using NguyenTrai.DigitalLiteracy.Reporting.Figures;

namespace NguyenTrai.DigitalLiteracy.IntegrationTests.Documents;

/// <summary>
/// The unit report composer on its own, with a unit name of 60+ characters and long plan names: initiatives and
/// integrations each get their own table (a plan name is never squeezed into a status column), signed by the head.
/// </summary>
public sealed class UnitReportLayoutTests
{
    private const string UnitName = "Ban Công tác Mặt trận và Chi hội Người cao tuổi khu dân cư số 12 phường";
    private const string LongPlan = "Kế hoạch thực hiện Cuộc vận động \"Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh\" gắn với phong trào học tập số năm 2026";

    private static UnitReportData Data(bool approved) => new(
        new UnitReportIssuer("UBND xã Thanh Sơn", "Thanh Sơn", "Phòng Văn hóa - Thông tin", UnitName, "BC-MTKDC12", "Nguyễn Thị Lụa", "Trưởng ban"),
        "Tháng 10/2026", new DateOnly(2026, 9, 15), new DateOnly(2026, 10, 14), approved, new DateOnly(2026, 10, 16),
        new Totals(3, 12, 900, 2, 60, 35, 20, 14, 9, 3, 2, 450),
        [.. Enumerable.Range(1, 12).Select(i => (new DateOnly(2026, 9, 14 + i), $"Tuyên truyền qua loa phát thanh đợt {i}", "Loa truyền thanh", (long)i))],
        [new SessionRow(new DateOnly(2026, 10, 2), UnitName, "Hướng dẫn cài đặt VNeID mức 2", "Lớp học", 30, 18, 12),
         new SessionRow(new DateOnly(2026, 10, 9), UnitName, "Thanh toán không dùng tiền mặt tại chợ", "Trải nghiệm", 30, 17, 8)],
        [(new DateOnly(2026, 9, 20), "Tổ công nghệ cộng đồng hỗ trợ người cao tuổi", "Sáng kiến", "Được chọn báo cáo thành phố"),
         (new DateOnly(2026, 10, 1), "Góc học tập số tại nhà văn hóa", "Mô hình hiệu quả", "Đang xem xét"),
         (new DateOnly(2026, 10, 10), "Zalo khu dân cư", "Cách làm hay", "Đề xuất")],
        [(new DateOnly(2026, 9, 25), LongPlan, "Lồng ghép hướng dẫn đăng ký tài khoản học tập số trong buổi sinh hoạt khu dân cư.", 250L),
         (new DateOnly(2026, 10, 12), "Hội nghị Chi hội Phụ nữ", "Giới thiệu khóa học AI miễn phí.", (long?)null)],
        "Các thôn triển khai tốt.", "Thiếu thiết bị.", "Đề nghị hỗ trợ máy chiếu.");

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Unit_report_passes_the_audit_with_its_own_tables_for_initiatives_and_integrations(bool approved)
    {
        var pdf = PdfRenderer.Render(UnitReportComposer.Compose(Data(approved)));

        var pages = DocumentAudit.Check(pdf, new Expected("UBND xã Thanh Sơn", UnitName, "BC-MTKDC12", "Thanh Sơn, ngày 16 tháng 10 năm 2026", ["TRƯỞNG BAN"], "Nguyễn Thị Lụa", Draft: !approved)
        {
            Headings = Decree30DocumentTests.UnitHeadings,
            Contains = ["- Phòng Văn hóa - Thông tin (để tổng hợp);"],
        });

        Assert.True(UnitName.Length >= 60);
        var rows = pages.SelectMany(p => p.Lines().Select(l => string.Join(' ', l.Select(w => w.Text)))).ToList();
        var initiatives = rows.Single(r => r.StartsWith("STT Ngày Tên sáng kiến", StringComparison.Ordinal));
        Assert.EndsWith("Loại Tình trạng", initiatives, StringComparison.Ordinal);
        Assert.Contains(rows, r => r.StartsWith("1 20/09/2026", StringComparison.Ordinal) && r.EndsWith("Sáng kiến", StringComparison.Ordinal));
        var integrations = rows.FindIndex(r => r.StartsWith("STT Ngày Kế hoạch, cuộc", StringComparison.Ordinal));
        var initiativeRows = string.Join('\n', rows[rows.IndexOf(initiatives)..integrations]);
        // The status column holds statuses; the plan name sits in the integrations table below, never next to a status.
        Assert.Contains("Được chọn", initiativeRows, StringComparison.Ordinal);
        Assert.Contains("Đang xem xét", initiativeRows, StringComparison.Ordinal);
        Assert.DoesNotContain("Kế hoạch thực hiện", initiativeRows, StringComparison.Ordinal);
        Assert.Contains("Kế hoạch thực hiện Cuộc vận động", string.Join(' ', rows[integrations..]), StringComparison.Ordinal);
        foreach (var date in new[] { "15/09/2026", "26/09/2026", "02/10/2026", "09/10/2026", "25/09/2026", "12/10/2026" })
        {
            Assert.Contains(pages, p => p.Words.Any(w => w.Text == date));
        }
    }

    [Fact]
    public void An_empty_list_is_a_sentence_not_an_empty_table()
    {
        var empty = Data(true) with { Initiatives = [], Integrations = [] };

        var text = string.Join(' ', PdfText.Pages(PdfRenderer.Render(UnitReportComposer.Compose(empty))).Select(p => p.WordsJoined));

        Assert.DoesNotContain("Tên sáng kiến", text, StringComparison.Ordinal);
        Assert.Contains("3. Sáng kiến, cách làm hay, mô hình hiệu quả Không có hoạt động trong kỳ.", text, StringComparison.Ordinal);
    }
}
