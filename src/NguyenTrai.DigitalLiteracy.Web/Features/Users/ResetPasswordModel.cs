using System.ComponentModel.DataAnnotations;

namespace NguyenTrai.DigitalLiteracy.Web.Features.Users;

public sealed class ResetPasswordModel
{
    public string Id { get; set; } = "";

    public string UserName { get; set; } = "";

    [Required, StringLength(200), DataType(DataType.Password)]
    [Display(Name = "Mật khẩu mới")]
    public string NewPassword { get; set; } = "";
}
