using NguyenTrai.DigitalLiteracy.Domain.Common;

namespace NguyenTrai.DigitalLiteracy.Domain.Profile;

/// <summary>
/// Who the portal works for: the commune (phường, xã, đặc khu), its issuing bodies, signers, recipients and the letter
/// it acts on. One row; every document header, signature, date line and page title reads it, so another commune runs
/// the portal by editing this record, never the code.
/// </summary>
public class WardProfile : IConcurrencyVersioned
{
    /// <summary>The single row's key.</summary>
    public const int SingletonId = 1;

    public int Id { get; set; } = SingletonId;

    /// <summary>As written in a sentence: "phường An Dương", "xã An Lão".</summary>
    public string CommuneName { get; set; } = "";

    /// <summary>The province or city above it, as written in a sentence: "thành phố Hải Dương".</summary>
    public string ParentName { get; set; } = "";

    /// <summary>The place name of the date line ("An Dương, ngày 05 tháng 10 năm 2025").</summary>
    public string PlaceName { get; set; } = "";

    /// <summary>Browser title, e-mail sender name: "Bình dân học vụ số - Phường An Dương".</summary>
    public string PortalTitle { get; set; } = "";

    /// <summary>The body above the committee, first header line of reports in the committee's name: "UBND thành phố Hải Dương".</summary>
    public string ParentCommitteeName { get; set; } = "";

    /// <summary>The committee as named in headers and sentences: "UBND phường An Dương".</summary>
    public string CommitteeName { get; set; } = "";

    public string CommitteeAbbreviation { get; set; } = "";

    /// <summary>Symbol of the committee's reports: "BC-UBND".</summary>
    public string CommitteeSymbol { get; set; } = "";

    /// <summary>The office that reviews unit reports and consolidates them: "Phòng Văn hóa - Xã hội".</summary>
    public string OfficeName { get; set; } = "";

    public string OfficeAbbreviation { get; set; } = "";

    /// <summary>Symbol of the office's reports: "BC-VHXH".</summary>
    public string OfficeSymbol { get; set; } = "";

    /// <summary>Leadership member who signs reports to the province or city in the committee's name.</summary>
    public string CitySignerName { get; set; } = "";

    /// <summary>"Phó Chủ tịch" (shown in the digital signature).</summary>
    public string CitySignerPosition { get; set; } = "";

    /// <summary>One line each, above the signature: "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH".</summary>
    public string CityAuthorityLines { get; set; } = "";

    public string CityRecipients { get; set; } = "";

    /// <summary>The office head who signs the office's reports to the committee.</summary>
    public string WardSignerName { get; set; } = "";

    public string WardSignerPosition { get; set; } = "";

    /// <summary>"TRƯỞNG PHÒNG".</summary>
    public string WardAuthorityLines { get; set; } = "";

    public string WardRecipients { get; set; } = "";

    /// <summary>The opening of section I: the letter the commune acts on and who it put in charge.</summary>
    public string DirectingLetter { get; set; } = "";

    public DateTime? UpdatedAtUtc { get; set; }
    public string? UpdatedByName { get; set; }
    public byte[] RowVersion { get; set; } = [];

    /// <summary>"Ủy ban nhân dân phường An Dương": the agency as a digital signature names it.</summary>
    public string CommitteeFullName => ExpandAbbreviation(CommitteeName);

    /// <summary>Lines of a multi-line field, trimmed, empty ones dropped.</summary>
    public static IReadOnlyList<string> Lines(string? text) =>
        [.. (text ?? "").Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0)];

    /// <summary>"UBND …" written out, as Decree 30 wants the agency's full name in a signature.</summary>
    public static string ExpandAbbreviation(string name) =>
        name.StartsWith("UBND ", StringComparison.Ordinal) ? "Ủy ban nhân dân " + name[5..] : name;

    /// <summary>Applies an edit with every text normalised to NFC and trimmed (multi-line fields keep their lines).</summary>
    public void Update(WardProfile edited, string editorName, DateTime atUtc)
    {
        foreach (var property in EditableProperties)
        {
            var value = VietnameseText.Normalize((string?)property.GetValue(edited)) ?? "";
            property.SetValue(this, value.Replace("\r\n", "\n", StringComparison.Ordinal));
        }

        UpdatedAtUtc = atUtc;
        UpdatedByName = editorName;
    }

    /// <summary>The text fields an administrator edits (everything but the key and bookkeeping).</summary>
    public static readonly IReadOnlyList<System.Reflection.PropertyInfo> EditableProperties =
        [.. typeof(WardProfile).GetProperties().Where(p => p.PropertyType == typeof(string) && p.CanWrite && p.Name != nameof(UpdatedByName))];
}
