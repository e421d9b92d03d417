using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using NguyenTrai.DigitalLiteracy.Data.Identity;
using NguyenTrai.DigitalLiteracy.Web.Infrastructure;
using NguyenTrai.DigitalLiteracy.Web.Infrastructure.Identity;
using NguyenTrai.DigitalLiteracy.Web.Infrastructure.Security;
using NguyenTrai.DigitalLiteracy.Web.Infrastructure.Seeding;

namespace NguyenTrai.DigitalLiteracy.Web.Features.Account;

[Route("tai-khoan")]
public sealed class AccountController(
    SignInManager<ApplicationUser> signInManager,
    UserManager<ApplicationUser> userManager,
    SignInService signIn,
    AccountSignInLimiter perAccount,
    DemoAccountsNotice demoAccounts) : Controller
{
    public const string InvalidMessage = "Tên đăng nhập hoặc mật khẩu không đúng.";
    public const string LockedOutMessage = "Tài khoản tạm thời bị khóa do đăng nhập sai nhiều lần. Vui lòng thử lại sau 15 phút hoặc liên hệ quản trị hệ thống.";
    public const string LockedByAdministratorMessage = "Tài khoản đã bị quản trị hệ thống khóa. Vui lòng liên hệ quản trị hệ thống.";

    [AllowAnonymous]
    [HttpGet("dang-nhap")]
    public IActionResult Login(string? returnUrl) =>
        View(new LoginModel { ReturnUrl = returnUrl, DemoAccounts = demoAccounts.Accounts });

    [AllowAnonymous]
    [HttpPost("dang-nhap")]
    public async Task<IActionResult> Login(LoginModel model)
    {
        model.DemoAccounts = demoAccounts.Accounts;
        if (!ModelState.IsValid)
        {
            return View(model);
        }

        if (!perAccount.TryAcquire(userManager.NormalizeName(model.UserName.Trim())))
        {
            return TooManyRequestsPage.Result(HttpContext);
        }

        var outcome = await signIn.SignInAsync(model.UserName, model.Password);
        if (outcome == SignInOutcome.Succeeded)
        {
            return LocalRedirect(Url.IsLocalUrl(model.ReturnUrl) ? model.ReturnUrl! : "/");
        }

        ModelState.AddModelError("", outcome switch
        {
            SignInOutcome.LockedOut => LockedOutMessage,
            SignInOutcome.LockedByAdministrator => LockedByAdministratorMessage,
            _ => InvalidMessage,
        });
        model.Password = "";
        return View(model);
    }

    /// <summary>Ends the session on the server too (<see cref="DatabaseTicketStore"/>): a copy of the cookie is worthless afterwards.</summary>
    [HttpPost("dang-xuat")]
    public async Task<IActionResult> Logout()
    {
        await signInManager.SignOutAsync();
        return Redirect("/tai-khoan/dang-nhap");
    }

    [HttpGet("doi-mat-khau")]
    public IActionResult ChangePassword() => View(new ChangePasswordModel());

    [HttpPost("doi-mat-khau")]
    public async Task<IActionResult> ChangePassword(ChangePasswordModel model)
    {
        if (!ModelState.IsValid)
        {
            return View(model);
        }

        var user = await userManager.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        var result = await userManager.ChangePasswordAsync(user, model.CurrentPassword, model.NewPassword);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(error.Code == "PasswordMismatch" ? nameof(model.CurrentPassword) : nameof(model.NewPassword), error.Description);
            }

            return View(new ChangePasswordModel());
        }

        await signInManager.RefreshSignInAsync(user);
        TempData.Success("Đã đổi mật khẩu.");
        return Redirect("/");
    }
}
