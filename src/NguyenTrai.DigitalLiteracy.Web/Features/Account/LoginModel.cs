using System.ComponentModel.DataAnnotations;
using NguyenTrai.DigitalLiteracy.Web.Infrastructure.Seeding;

namespace NguyenTrai.DigitalLiteracy.Web.Features.Account;

public sealed class LoginModel
{
    [Required, StringLength(100)]
    [Display(Name = "Tên đăng nhập")]
    public string UserName { get; set; } = "";

    [Required, StringLength(200), DataType(DataType.Password)]
    [Display(Name = "Mật khẩu")]
    public string Password { get; set; } = "";

    public string? ReturnUrl { get; set; }

    public IReadOnlyList<DemoAccount> DemoAccounts { get; set; } = [];
}
