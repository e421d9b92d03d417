using System.Globalization;
using NguyenTrai.DigitalLiteracy.Domain.Consolidation;
using NguyenTrai.DigitalLiteracy.Domain.Profile;

namespace NguyenTrai.DigitalLiteracy.Reporting.Documents;

/// <summary>
/// Who issues a report to whom (Decree 30 header, number symbol, signature, recipients) for one audience, built from
/// the <see cref="WardProfile"/> so the composers stay pure functions of their inputs and no commune is written in code.
/// </summary>
public sealed record Letterhead(
    ReportAudience Audience,
    string ParentBody,
    string IssuingBody,
    string Symbol,
    IReadOnlyList<string> SignatureTitle,
    string DefaultSigner,
    string SignerPosition,
    string DefaultRecipients)
{
    /// <summary>The issuer as named in running text ("UBND phường …", "Phòng Văn hóa - Xã hội").</summary>
    public string IssuerName { get; init; } = IssuingBody;

    /// <summary>The agency named by a digital signature ("Ủy ban nhân dân phường …").</summary>
    public string AgencyName { get; init; } = IssuingBody;

    /// <summary>The place name of the date line.</summary>
    public string Place { get; init; } = "";

    /// <summary>The committee in running text ("UBND phường …"), whoever issues.</summary>
    public string CommitteeName { get; init; } = "";

    /// <summary>The office that reviews unit reports and consolidates them, as named in running text.</summary>
    public string ReviewingOffice { get; init; } = "";

    /// <summary>Section I opens with the letter the commune acts on.</summary>
    public string DirectingLetter { get; init; } = "";

    public static Letterhead For(WardProfile profile, ReportAudience audience) => audience == ReportAudience.City
        ? new Letterhead(audience, profile.ParentCommitteeName, profile.CommitteeName, profile.CommitteeSymbol, WardProfile.Lines(profile.CityAuthorityLines),
            profile.CitySignerName, profile.CitySignerPosition, profile.CityRecipients)
        {
            IssuerName = profile.CommitteeName,
            AgencyName = profile.CommitteeFullName,
            Place = profile.PlaceName,
            CommitteeName = profile.CommitteeName,
            ReviewingOffice = profile.OfficeName,
            DirectingLetter = profile.DirectingLetter,
        }
        : new Letterhead(audience, profile.CommitteeName, profile.OfficeName, profile.OfficeSymbol, WardProfile.Lines(profile.WardAuthorityLines),
            profile.WardSignerName, profile.WardSignerPosition, profile.WardRecipients)
        {
            IssuerName = profile.OfficeName,
            AgencyName = $"{profile.OfficeName}, {profile.CommitteeFullName}",
            Place = profile.PlaceName,
            CommitteeName = profile.CommitteeName,
            ReviewingOffice = profile.OfficeName,
            DirectingLetter = profile.DirectingLetter,
        };

    /// <summary>
    /// "15/BC-VHXH" once issued. A draft leaves the number blank for the văn thư ("Số:        /BC-VHXH"): no-break
    /// spaces, so the layout keeps the gap.
    /// </summary>
    public string Number(int? sequence) => NumberFor(sequence, Symbol);

    public static string NumberFor(int? sequence, string symbol) =>
        (sequence is { } n ? n.ToString(CultureInfo.InvariantCulture) : BlankNumber) + "/" + symbol;

    /// <summary>Room for a hand-written number on a draft or an unregistered document.</summary>
    public const string BlankNumber = "\u00A0\u00A0\u00A0\u00A0\u00A0\u00A0\u00A0\u00A0";

    public string DateLine(DateOnly date) => DateLine(Place, date);

    /// <summary>Decree 30: days 1-9 and months 1-2 take a leading zero ("ngày 05 tháng 02", "ngày 15 tháng 3").</summary>
    public static string DateLine(string place, DateOnly date)
    {
        var month = date.Month <= 2 ? date.Month.ToString("00", CultureInfo.InvariantCulture) : date.Month.ToString(CultureInfo.InvariantCulture);
        return string.Create(CultureInfo.InvariantCulture, $"{place}, ngày {date.Day:00} tháng {month} năm {date.Year}");
    }
}
