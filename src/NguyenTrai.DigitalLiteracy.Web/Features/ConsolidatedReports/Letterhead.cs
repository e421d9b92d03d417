using System.Globalization;
using NguyenTrai.DigitalLiteracy.Domain.Consolidation;

namespace NguyenTrai.DigitalLiteracy.Web.Features.ConsolidatedReports;

/// <summary>Who issues a report to whom (Decree 30 header, number suffix, signature) for each audience.</summary>
public sealed record Letterhead(
    string ParentBody,
    string IssuingBody,
    string NumberSuffix,
    IReadOnlyList<string> SignatureTitle,
    string DefaultSigner,
    string DefaultRecipients)
{
    public const string Place = "Nguyễn Trãi";

    public static readonly Letterhead Ward = new(
        "UBND PHƯỜNG NGUYỄN TRÃI",
        "PHÒNG VĂN HÓA - XÃ HỘI",
        "BC-VHXH",
        ["TRƯỞNG PHÒNG"],
        "Nguyễn Thị Thanh Hương",
        "- UBND phường (để báo cáo);\n- Chủ tịch, các Phó Chủ tịch UBND phường;\n- Lưu: VT, VHXH.");

    public static readonly Letterhead City = new(
        "UBND THÀNH PHỐ HẢI PHÒNG",
        "UBND PHƯỜNG NGUYỄN TRÃI",
        "BC-UBND",
        ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"],
        "Lê Văn Khoa",
        "- UBND thành phố Hải Phòng (để báo cáo);\n- Sở Văn hóa, Thể thao và Du lịch;\n- TT Đảng ủy, TT HĐND phường;\n- CT, các PCT UBND phường;\n- Lưu: VT, VHXH.");

    /// <summary>The issuer as named in running text ("Phòng Văn hóa - Xã hội").</summary>
    public string IssuerName => this == City ? "UBND phường Nguyễn Trãi" : "Phòng Văn hóa - Xã hội";

    public static Letterhead For(ReportAudience audience) => audience == ReportAudience.City ? City : Ward;

    /// <summary>"15/BC-VHXH" once issued; "…/BC-VHXH" on a draft.</summary>
    public string Number(int? sequence) =>
        (sequence is { } n ? n.ToString(CultureInfo.InvariantCulture) : "…") + "/" + NumberSuffix;

    /// <summary>Decree 30: days 1-9 and months 1-2 take a leading zero ("ngày 05 tháng 02", "ngày 15 tháng 3").</summary>
    public static string DateLine(DateOnly date)
    {
        var month = date.Month <= 2 ? date.Month.ToString("00", CultureInfo.InvariantCulture) : date.Month.ToString(CultureInfo.InvariantCulture);
        return string.Create(CultureInfo.InvariantCulture, $"{Place}, ngày {date.Day:00} tháng {month} năm {date.Year}");
    }
}
