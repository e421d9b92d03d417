using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using NguyenTrai.DigitalLiteracy.Data.Identity;
using NguyenTrai.DigitalLiteracy.Web.Infrastructure;
using NguyenTrai.DigitalLiteracy.Web.Infrastructure.Seeding;

namespace NguyenTrai.DigitalLiteracy.Web.Features.Account;

[Route("tai-khoan")]
public sealed class AccountController(SignInManager<ApplicationUser> signInManager, UserManager<ApplicationUser> userManager, DemoAccountsNotice demoAccounts) : Controller
{
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

        var result = await signInManager.PasswordSignInAsync(model.UserName.Trim(), model.Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return LocalRedirect(Url.IsLocalUrl(model.ReturnUrl) ? model.ReturnUrl! : "/");
        }

        ModelState.AddModelError("", result.IsLockedOut
            ? await LockedOutMessageAsync(model.UserName.Trim())
            : "Tên đăng nhập hoặc mật khẩu không đúng.");
        model.Password = "";
        return View(model);
    }

    /// <summary>An administrator's lock runs for years; a lockout after wrong passwords for 15 minutes.</summary>
    private async Task<string> LockedOutMessageAsync(string userName)
    {
        var user = await userManager.FindByNameAsync(userName);
        return user?.LockoutEnd > DateTimeOffset.UtcNow.AddYears(1)
            ? "Tài khoản đã bị quản trị hệ thống khóa. Vui lòng liên hệ quản trị hệ thống."
            : "Tài khoản tạm thời bị khóa do đăng nhập sai nhiều lần. Vui lòng thử lại sau 15 phút hoặc liên hệ quản trị hệ thống.";
    }

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
