using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using NguyenTrai.DigitalLiteracy.Data;
using NguyenTrai.DigitalLiteracy.Data.Identity;
using NguyenTrai.DigitalLiteracy.Domain.Common;
using NguyenTrai.DigitalLiteracy.Domain.Users;
using NguyenTrai.DigitalLiteracy.Web.Infrastructure;
using NguyenTrai.DigitalLiteracy.Web.Infrastructure.Authorization;

namespace NguyenTrai.DigitalLiteracy.Web.Features.Users;

/// <summary>Accounts are created only here: there is no self-registration.</summary>
[Authorize(Policy = Policies.Administration)]
[Route("quan-tri/nguoi-dung")]
public sealed class UsersController(AppDbContext db, UserManager<ApplicationUser> users, WardClock clock, CurrentUser me) : Controller
{
    /// <summary>"Locked by the administrator" means until further notice, not for 15 minutes.</summary>
    private static readonly DateTimeOffset LockedUntilUnlocked = new(9999, 12, 31, 0, 0, 0, TimeSpan.Zero);

    [HttpGet("")]
    public async Task<IActionResult> Index(UserListModel model)
    {
        ModelState.Clear();
        model.Now = clock.UtcNow;
        await new UserQueries(db).LoadAsync(model);
        return View(model);
    }

    [HttpGet("tao-moi")]
    public async Task<IActionResult> Create() => View("Form", new UserFormModel { Units = await new UserQueries(db).UnitOptionsAsync() });

    [HttpPost("tao-moi")]
    public async Task<IActionResult> Create(UserFormModel model)
    {
        model.Id = null;
        if (string.IsNullOrEmpty(model.Password))
        {
            ModelState.AddModelError(nameof(model.Password), "Vui lòng nhập Mật khẩu ban đầu.");
        }

        await ValidateRoleAndUnitAsync(model);
        if (!ModelState.IsValid)
        {
            return await FormAsync(model);
        }

        var user = new ApplicationUser
        {
            UserName = model.UserName.Trim(),
            FullName = VietnameseText.Normalize(model.FullName)!,
            JobTitle = VietnameseText.Normalize(model.JobTitle),
            UnitId = model.UnitId,
            CreatedAtUtc = clock.UtcNow,
            LockoutEnabled = true,
        };
        var result = await users.CreateAsync(user, model.Password!);
        if (result.Succeeded)
        {
            result = await users.AddToRoleAsync(user, model.Role);
        }

        if (!result.Succeeded)
        {
            AddErrors(result, nameof(model.Password));
            return await FormAsync(model);
        }

        TempData.Success($"Đã tạo tài khoản {user.UserName}.");
        return RedirectToAction(nameof(Index));
    }

    [HttpGet("{id}/sua")]
    public async Task<IActionResult> Edit(string id)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        var roles = await users.GetRolesAsync(user);
        return await FormAsync(new UserFormModel
        {
            Id = user.Id, UserName = user.UserName!, FullName = user.FullName, JobTitle = user.JobTitle,
            Role = roles.FirstOrDefault() ?? "", UnitId = user.UnitId,
        });
    }

    [HttpPost("{id}/sua")]
    public async Task<IActionResult> Edit(string id, UserFormModel model)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        model.Id = id;
        model.UserName = user.UserName!;
        ModelState.Remove(nameof(model.UserName));
        await ValidateRoleAndUnitAsync(model);
        var currentRoles = await users.GetRolesAsync(user);
        if (user.Id == me.Id && !model.Role.Equals(Roles.Administrator, StringComparison.Ordinal))
        {
            ModelState.AddModelError(nameof(model.Role), "Bạn không thể tự bỏ vai trò quản trị của chính mình.");
        }

        if (!ModelState.IsValid)
        {
            return await FormAsync(model);
        }

        user.FullName = VietnameseText.Normalize(model.FullName)!;
        user.JobTitle = VietnameseText.Normalize(model.JobTitle);
        user.UnitId = model.UnitId;
        var result = await users.UpdateAsync(user);
        if (result.Succeeded && !currentRoles.SequenceEqual([model.Role]))
        {
            result = await users.RemoveFromRolesAsync(user, currentRoles);
            result = result.Succeeded ? await users.AddToRoleAsync(user, model.Role) : result;
        }

        if (!result.Succeeded)
        {
            AddErrors(result, "");
            return await FormAsync(model);
        }

        // Role and unit live in the cookie: a new stamp makes the user's sessions pick them up.
        await users.UpdateSecurityStampAsync(user);
        TempData.Success($"Đã cập nhật tài khoản {user.UserName}.");
        return RedirectToAction(nameof(Index));
    }

    [HttpPost("{id}/khoa")]
    public async Task<IActionResult> Lock(string id)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        if (user.Id == me.Id)
        {
            TempData.Error("Bạn không thể tự khóa tài khoản của chính mình.");
            return RedirectToAction(nameof(Index));
        }

        await users.SetLockoutEnabledAsync(user, true);
        await users.SetLockoutEndDateAsync(user, LockedUntilUnlocked);
        await users.UpdateSecurityStampAsync(user);
        TempData.Success($"Đã khóa tài khoản {user.UserName}.");
        return RedirectToAction(nameof(Index));
    }

    [HttpPost("{id}/mo-khoa")]
    public async Task<IActionResult> Unlock(string id)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        TempData.Success($"Đã mở khóa tài khoản {user.UserName}.");
        return RedirectToAction(nameof(Index));
    }

    [HttpGet("{id}/dat-lai-mat-khau")]
    public async Task<IActionResult> ResetPassword(string id)
    {
        var user = await users.FindByIdAsync(id);
        return user is null ? NotFound() : View(new ResetPasswordModel { Id = user.Id, UserName = user.UserName! });
    }

    [HttpPost("{id}/dat-lai-mat-khau")]
    public async Task<IActionResult> ResetPassword(string id, ResetPasswordModel model)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        model.Id = user.Id;
        model.UserName = user.UserName!;
        if (!ModelState.IsValid)
        {
            return View(model);
        }

        var token = await users.GeneratePasswordResetTokenAsync(user);
        var result = await users.ResetPasswordAsync(user, token, model.NewPassword);
        if (!result.Succeeded)
        {
            AddErrors(result, nameof(model.NewPassword));
            return View(model);
        }

        TempData.Success($"Đã đặt lại mật khẩu cho tài khoản {user.UserName}.");
        return RedirectToAction(nameof(Index));
    }

    /// <summary>Unit staff belong to exactly one open unit; the other roles to none.</summary>
    private async Task ValidateRoleAndUnitAsync(UserFormModel model)
    {
        if (!Roles.All.Contains(model.Role))
        {
            ModelState.AddModelError(nameof(model.Role), "Vui lòng chọn Vai trò.");
            return;
        }

        if (model.Role == Roles.UnitStaff && model.UnitId is not { } unitId)
        {
            ModelState.AddModelError(nameof(model.UnitId), "Cán bộ đơn vị phải thuộc một đơn vị: vui lòng chọn Đơn vị.");
        }
        else if (model.Role != Roles.UnitStaff && model.UnitId is not null)
        {
            ModelState.AddModelError(nameof(model.UnitId), "Chỉ cán bộ đơn vị mới gắn với đơn vị; với vai trò này hãy để trống Đơn vị.");
        }
        else if (model.UnitId is { } id && !await db.Units.AnyAsync(u => u.Id == id && u.ActiveTo == null))
        {
            ModelState.AddModelError(nameof(model.UnitId), "Đơn vị không tồn tại hoặc đã ngừng hoạt động.");
        }
    }

    private void AddErrors(IdentityResult result, string passwordField)
    {
        foreach (var error in result.Errors)
        {
            var field = error.Code.StartsWith("Password", StringComparison.Ordinal) || error.Code == "CommonPassword" ? passwordField
                : error.Code.Contains("UserName", StringComparison.Ordinal) ? nameof(UserFormModel.UserName) : "";
            ModelState.AddModelError(field, error.Description);
        }
    }

    private async Task<IActionResult> FormAsync(UserFormModel model)
    {
        model.Units = await new UserQueries(db).UnitOptionsAsync();
        return View("Form", model);
    }
}
