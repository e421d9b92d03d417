using System.Globalization;
using NguyenTrai.DigitalLiteracy.Domain.Consolidation;

namespace NguyenTrai.DigitalLiteracy.Reporting.Documents;

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

    /// <summary>The office that reviews unit reports and consolidates them, as named in running text.</summary>
    public static string ReviewingOffice => "Phòng Văn hóa - Xã hội";

    /// <summary>Section I opens with the letter the ward acts on.</summary>
    public static string DirectingLetter =>
        "Thực hiện Công văn số 9686/VP-VX ngày 03/10/2025 của Văn phòng UBND thành phố Hải Phòng về việc triển khai phong trào \"Bình dân học vụ số\", hưởng ứng \"Ngày hội toàn dân học tập số\" và Ngày Chuyển đổi số quốc gia (10/10), UBND phường Nguyễn Trãi đã ban hành văn bản chỉ đạo, giao Phòng Văn hóa - Xã hội chủ trì, hướng dẫn các cơ quan, đơn vị, Mặt trận Tổ quốc, các tổ chức chính trị - xã hội và các tổ dân phố triển khai thực hiện.";

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
