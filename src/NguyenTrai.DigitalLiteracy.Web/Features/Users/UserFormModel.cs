using System.ComponentModel.DataAnnotations;
using NguyenTrai.DigitalLiteracy.Data;

namespace NguyenTrai.DigitalLiteracy.Web.Features.Users;

/// <summary>Create and edit share the fields; the user name and password are only typed on create.</summary>
public sealed class UserFormModel
{
    public string? Id { get; set; }

    [Required, StringLength(100)]
    [Display(Name = "Tên đăng nhập")]
    public string UserName { get; set; } = "";

    [Required, StringLength(FieldLengths.Name)]
    [Display(Name = "Họ và tên")]
    public string FullName { get; set; } = "";

    [StringLength(FieldLengths.Name)]
    [Display(Name = "Chức vụ")]
    public string? JobTitle { get; set; }

    [Required]
    [Display(Name = "Vai trò")]
    public string Role { get; set; } = "";

    [Display(Name = "Đơn vị")]
    public int? UnitId { get; set; }

    [StringLength(200), DataType(DataType.Password)]
    [Display(Name = "Mật khẩu ban đầu")]
    public string? Password { get; set; }

    /// <summary>The account's ConcurrencyStamp when the edit form was loaded.</summary>
    public string? RowVersion { get; set; }

    public bool IsNew => Id is null;

    public IReadOnlyList<UnitOption> Units { get; set; } = [];
}
