using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;
using System.ComponentModel.DataAnnotations;

namespace NguyenTrai.DigitalLiteracy.Web.Features.Users;

public sealed class ResetPasswordModel
{
    [ValidateNever]
    public string Id { get; set; } = "";

    [ValidateNever]
    public string UserName { get; set; } = "";

    [Required, StringLength(200), DataType(DataType.Password)]
    [Display(Name = "Mật khẩu mới")]
    public string NewPassword { get; set; } = "";
}
