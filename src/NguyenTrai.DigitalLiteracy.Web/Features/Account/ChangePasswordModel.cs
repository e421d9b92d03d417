using System.ComponentModel.DataAnnotations;

namespace NguyenTrai.DigitalLiteracy.Web.Features.Account;

public sealed class ChangePasswordModel
{
    [Required, StringLength(200), DataType(DataType.Password)]
    [Display(Name = "Mật khẩu hiện tại")]
    public string CurrentPassword { get; set; } = "";

    [Required, StringLength(200, MinimumLength = 12), DataType(DataType.Password)]
    [Display(Name = "Mật khẩu mới")]
    public string NewPassword { get; set; } = "";

    [Required, DataType(DataType.Password), Compare(nameof(NewPassword))]
    [Display(Name = "Nhập lại mật khẩu mới")]
    public string ConfirmPassword { get; set; } = "";
}
