using NguyenTrai.DigitalLiteracy.Domain.Consolidation;
using NguyenTrai.DigitalLiteracy.Domain.Profile;
using NguyenTrai.DigitalLiteracy.Reporting.Documents;

namespace NguyenTrai.DigitalLiteracy.UnitTests.Documents;

/// <summary>The letterhead read from a commune's profile, the number and date lines, and verification codes.</summary>
public sealed class DocumentTextTests
{
    private static readonly WardProfile Profile = new()
    {
        CommuneName = "xã Tân Lập", ParentName = "tỉnh Phú Thọ", PlaceName = "Tân Lập", PortalTitle = "Bình dân học vụ số - Xã Tân Lập",
        ParentCommitteeName = "UBND tỉnh Phú Thọ", CommitteeName = "UBND xã Tân Lập", CommitteeAbbreviation = "UBND", CommitteeSymbol = "BC-UBND",
        OfficeName = "Phòng Văn hóa - Xã hội", OfficeAbbreviation = "VHXH", OfficeSymbol = "BC-VHXH",
        CitySignerName = "Đào Văn Tiến", CitySignerPosition = "Phó Chủ tịch", CityAuthorityLines = "TM. ỦY BAN NHÂN DÂN\r\nKT. CHỦ TỊCH\n\nPHÓ CHỦ TỊCH ",
        CityRecipients = "- UBND tỉnh;\n- Lưu: VT.", WardSignerName = "Hà Thị Yến", WardSignerPosition = "Trưởng phòng", WardAuthorityLines = "TRƯỞNG PHÒNG",
        WardRecipients = "- UBND xã;\n- Lưu: VT.", DirectingLetter = "Thực hiện Kế hoạch số 12/KH-UBND của UBND tỉnh Phú Thọ.",
    };

    [Fact]
    public void City_letterhead_is_the_committee_under_the_province_signed_by_leadership()
    {
        var city = Letterhead.For(Profile, ReportAudience.City);

        Assert.Equal(("UBND tỉnh Phú Thọ", "UBND xã Tân Lập", "BC-UBND"), (city.ParentBody, city.IssuingBody, city.Symbol));
        Assert.Equal(["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], city.SignatureTitle);
        Assert.Equal(("Đào Văn Tiến", "Phó Chủ tịch"), (city.DefaultSigner, city.SignerPosition));
        Assert.Equal("Ủy ban nhân dân xã Tân Lập", city.AgencyName);
        Assert.Equal("Thực hiện Kế hoạch số 12/KH-UBND của UBND tỉnh Phú Thọ.", city.DirectingLetter);
        Assert.Equal("Phòng Văn hóa - Xã hội", city.ReviewingOffice);
    }

    [Fact]
    public void Ward_letterhead_is_the_office_under_the_committee_signed_by_its_head()
    {
        var ward = Letterhead.For(Profile, ReportAudience.Ward);

        Assert.Equal(("UBND xã Tân Lập", "Phòng Văn hóa - Xã hội", "BC-VHXH"), (ward.ParentBody, ward.IssuingBody, ward.Symbol));
        Assert.Equal(["TRƯỞNG PHÒNG"], ward.SignatureTitle);
        Assert.Equal("Hà Thị Yến", ward.DefaultSigner);
        Assert.Equal("Phòng Văn hóa - Xã hội", ward.IssuerName);
    }

    [Theory]
    [InlineData(2025, 10, 5, "Tân Lập, ngày 05 tháng 10 năm 2025")]
    [InlineData(2026, 2, 15, "Tân Lập, ngày 15 tháng 02 năm 2026")]
    [InlineData(2026, 3, 1, "Tân Lập, ngày 01 tháng 3 năm 2026")]
    public void Date_line_has_the_place_and_decree_30_leading_zeros(int year, int month, int day, string expected) =>
        Assert.Equal(expected, Letterhead.For(Profile, ReportAudience.City).DateLine(new DateOnly(year, month, day)));

    [Fact]
    public void Issued_number_is_number_slash_symbol_and_a_draft_leaves_room_to_write_it()
    {
        var city = Letterhead.For(Profile, ReportAudience.City);

        Assert.Equal("12/BC-UBND", city.Number(12));
        var blank = city.Number(null);
        Assert.EndsWith("/BC-UBND", blank, StringComparison.Ordinal);
        Assert.True(blank.IndexOf('/', StringComparison.Ordinal) >= 6, "a draft's number leaves a gap for the văn thư");
        Assert.DoesNotContain(' ', blank); // no-break spaces: the layout keeps the gap
    }

    [Fact]
    public void Verification_codes_are_random_unambiguous_and_read_back_as_typed()
    {
        var codes = Enumerable.Range(0, 2000).Select(_ => VerificationCode.New()).ToList();

        Assert.Equal(codes.Count, codes.Distinct(StringComparer.Ordinal).Count());
        Assert.All(codes, c => Assert.Matches("^[0-9A-HJKMNP-TV-Z]{12}$", c));
        var code = codes[0];
        Assert.Equal(code, VerificationCode.Normalize(VerificationCode.Display(code).ToLowerInvariant()));
        Assert.Equal("0123456789AB", VerificationCode.Normalize("o123-4567-89ab"));
        Assert.Equal("1111ABCDEFGH", VerificationCode.Normalize("IiLl ABCD EFGH"));
        Assert.Null(VerificationCode.Normalize("ABC"));
        Assert.Null(VerificationCode.Normalize("ABCD-EFGH-UUUU")); // U is not in the alphabet
        Assert.Null(VerificationCode.Normalize("../../etc/passwd"));
    }
}
