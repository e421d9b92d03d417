using System.ComponentModel.DataAnnotations;
using NguyenTrai.DigitalLiteracy.Data;
using NguyenTrai.DigitalLiteracy.Domain.Profile;

namespace NguyenTrai.DigitalLiteracy.Web.Features.Locality;

/// <summary>The commune's profile as the administrator edits it; the same names as <see cref="WardProfile"/>.</summary>
public sealed class LocalityForm
{
    private const string SymbolPattern = @"^[A-ZĐ0-9]+(-[A-ZĐ0-9]+)*$";
    private const string SymbolMessage = "Chỉ gồm chữ in hoa, chữ số và dấu gạch nối, ví dụ BC-UBND.";

    [Required, StringLength(FieldLengths.Name), Display(Name = "Tên phường, xã (như viết trong câu)", Prompt = "phường Nguyễn Văn A")]
    public string CommuneName { get; set; } = "";

    [Required, StringLength(FieldLengths.Name), Display(Name = "Tỉnh, thành phố (như viết trong câu)", Prompt = "thành phố …, tỉnh …")]
    public string ParentName { get; set; } = "";

    [Required, StringLength(FieldLengths.Name), Display(Name = "Địa danh ở dòng ngày tháng")]
    public string PlaceName { get; set; } = "";

    [Required, StringLength(FieldLengths.Name), Display(Name = "Tên cổng thông tin (tiêu đề trang, người gửi e-mail)")]
    public string PortalTitle { get; set; } = "";

    [Required, StringLength(FieldLengths.Name), Display(Name = "Cơ quan cấp trên của UBND (dòng đầu tiêu đề báo cáo gửi tỉnh, thành phố)")]
    public string ParentCommitteeName { get; set; } = "";

    [Required, StringLength(FieldLengths.Name), Display(Name = "Tên UBND")]
    public string CommitteeName { get; set; } = "";

    [Required, StringLength(FieldLengths.Code), Display(Name = "Viết tắt")]
    public string CommitteeAbbreviation { get; set; } = "";

    [Required, StringLength(FieldLengths.Code), RegularExpression(SymbolPattern, ErrorMessage = SymbolMessage), Display(Name = "Ký hiệu báo cáo của UBND")]
    public string CommitteeSymbol { get; set; } = "";

    [Required, StringLength(FieldLengths.Name), Display(Name = "Tên phòng tổng hợp báo cáo")]
    public string OfficeName { get; set; } = "";

    [Required, StringLength(FieldLengths.Code), Display(Name = "Viết tắt")]
    public string OfficeAbbreviation { get; set; } = "";

    [Required, StringLength(FieldLengths.Code), RegularExpression(SymbolPattern, ErrorMessage = SymbolMessage), Display(Name = "Ký hiệu báo cáo của phòng")]
    public string OfficeSymbol { get; set; } = "";

    [Required, StringLength(FieldLengths.Name), Display(Name = "Họ tên người ký")]
    public string CitySignerName { get; set; } = "";

    [Required, StringLength(FieldLengths.Name), Display(Name = "Chức vụ")]
    public string CitySignerPosition { get; set; } = "";

    [Required, StringLength(FieldLengths.Text), Display(Name = "Thẩm quyền ký (mỗi dòng một dòng in)")]
    public string CityAuthorityLines { get; set; } = "";

    [Required, StringLength(FieldLengths.Text), Display(Name = "Nơi nhận mặc định (mỗi dòng một nơi)")]
    public string CityRecipients { get; set; } = "";

    [Required, StringLength(FieldLengths.Name), Display(Name = "Họ tên người ký")]
    public string WardSignerName { get; set; } = "";

    [Required, StringLength(FieldLengths.Name), Display(Name = "Chức vụ")]
    public string WardSignerPosition { get; set; } = "";

    [Required, StringLength(FieldLengths.Text), Display(Name = "Thẩm quyền ký (mỗi dòng một dòng in)")]
    public string WardAuthorityLines { get; set; } = "";

    [Required, StringLength(FieldLengths.Text), Display(Name = "Nơi nhận mặc định (mỗi dòng một nơi)")]
    public string WardRecipients { get; set; } = "";

    [Required, StringLength(FieldLengths.Text), Display(Name = "Văn bản chỉ đạo (đoạn mở đầu mục I của báo cáo tổng hợp)")]
    public string DirectingLetter { get; set; } = "";

    public string? RowVersion { get; set; }

    public static LocalityForm Of(WardProfile p)
    {
        var form = new LocalityForm { RowVersion = Data.RowVersionText.Of(p.RowVersion) };
        foreach (var property in WardProfile.EditableProperties)
        {
            typeof(LocalityForm).GetProperty(property.Name)?.SetValue(form, property.GetValue(p));
        }

        return form;
    }

    /// <summary>The edited values as a profile, for <see cref="WardProfile.Update"/>.</summary>
    public WardProfile ToProfile()
    {
        var profile = new WardProfile();
        foreach (var property in WardProfile.EditableProperties)
        {
            property.SetValue(profile, typeof(LocalityForm).GetProperty(property.Name)?.GetValue(this) ?? "");
        }

        return profile;
    }
}

/// <summary>The screen: the form, and what the documents are printed and signed with on this server.</summary>
public sealed record LocalityPage(LocalityForm Form, string FontDescription, string? FontWarning, bool FontIsFallback, Reporting.Documents.SigningStatus Signing, string? PublicBaseUrl, string? UpdatedBy, DateTime? UpdatedAtUtc);
