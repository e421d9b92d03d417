using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using NguyenTrai.DigitalLiteracy.Web.Infrastructure;
using NguyenTrai.DigitalLiteracy.Web.Infrastructure.Authorization;

namespace NguyenTrai.DigitalLiteracy.Web.Features.Users;

/// <summary>Accounts are created only here: there is no self-registration. The rules live in <see cref="UserAdministration"/>.</summary>
[Authorize(Policy = Policies.Administration)]
[Route("quan-tri/nguoi-dung")]
public sealed class UsersController(UserAdministration accounts, WardClock clock) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(UserListModel model)
    {
        ModelState.Clear();
        model.Now = clock.UtcNow;
        await accounts.Queries.LoadAsync(model);
        return View(model);
    }

    [HttpGet("tao-moi")]
    public async Task<IActionResult> Create() => View("Form", await accounts.WithUnitsAsync(new UserFormModel()));

    [HttpPost("tao-moi")]
    public async Task<IActionResult> Create(UserFormModel model)
    {
        if (await accounts.CreateAsync(model, ModelState) is not { } user)
        {
            return View("Form", await accounts.WithUnitsAsync(model));
        }

        TempData.Success($"Đã tạo tài khoản {user.UserName}.");
        return RedirectToAction(nameof(Index));
    }

    [HttpGet("{id}/sua")]
    public async Task<IActionResult> Edit(string id) =>
        await accounts.EditFormAsync(id) is { } form ? View("Form", form) : NotFound();

    [HttpPost("{id}/sua")]
    public async Task<IActionResult> Edit(string id, UserFormModel model)
    {
        switch (await accounts.UpdateAsync(id, model, ModelState))
        {
            case UserChange.NotFound:
                return NotFound();
            case UserChange.Done:
                TempData.Success($"Đã cập nhật tài khoản {model.UserName}.");
                return RedirectToAction(nameof(Index));
            case UserChange.Conflict:
                // The form shows the newest saved values with the conflict message.
                return await accounts.EditFormAsync(id) is { } latest ? View("Form", latest) : NotFound();
            default:
                return View("Form", await accounts.WithUnitsAsync(model));
        }
    }

    [HttpPost("{id}/khoa")]
    public async Task<IActionResult> Lock(string id) => Outcome(await accounts.LockAsync(id));

    [HttpPost("{id}/mo-khoa")]
    public async Task<IActionResult> Unlock(string id) => Outcome(await accounts.UnlockAsync(id));

    [HttpGet("{id}/dat-lai-mat-khau")]
    public async Task<IActionResult> ResetPassword(string id) =>
        await accounts.ResetFormAsync(id) is { } model ? View(model) : NotFound();

    [HttpPost("{id}/dat-lai-mat-khau")]
    public async Task<IActionResult> ResetPassword(string id, ResetPasswordModel model)
    {
        switch (await accounts.ResetPasswordAsync(id, model, ModelState))
        {
            case UserChange.NotFound:
                return NotFound();
            case UserChange.Done:
                TempData.Success($"Đã đặt lại mật khẩu cho tài khoản {model.UserName}.");
                return RedirectToAction(nameof(Index));
            default:
                return View(model);
        }
    }

    private IActionResult Outcome((UserChange Outcome, string Message) result)
    {
        if (result.Outcome == UserChange.NotFound)
        {
            return NotFound();
        }

        if (result.Outcome == UserChange.Done)
        {
            TempData.Success(result.Message);
        }
        else
        {
            TempData.Error(result.Message);
        }

        return RedirectToAction(nameof(Index));
    }
}
