using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using NguyenTrai.DigitalLiteracy.Data;
using NguyenTrai.DigitalLiteracy.Data.Identity;
using NguyenTrai.DigitalLiteracy.Domain.Common;
using NguyenTrai.DigitalLiteracy.Domain.Users;
using NguyenTrai.DigitalLiteracy.Web.Infrastructure;
using NguyenTrai.DigitalLiteracy.Web.Infrastructure.Identity;

namespace NguyenTrai.DigitalLiteracy.Web.Features.Users;

public enum UserChange
{
    NotFound,
    Refused,

    /// <summary>Someone saved the account after the form was loaded; nothing was changed.</summary>
    Conflict,
    Done,
}

/// <summary>
/// What the administrator does to accounts: create, edit (with the account's ConcurrencyStamp as the form's
/// version), lock, unlock and reset a password. Refusals go into the form's ModelState in Vietnamese.
/// </summary>
public sealed class UserAdministration(AppDbContext db, UserManager<ApplicationUser> users, WardClock clock, CurrentUser me)
{
    /// <summary>"Locked by the administrator" means until further notice, not for 15 minutes.</summary>
    private static readonly DateTimeOffset LockedUntilUnlocked = new(9999, 12, 31, 0, 0, 0, TimeSpan.Zero);

    public UserQueries Queries { get; } = new(db);

    public async Task<UserFormModel> WithUnitsAsync(UserFormModel model)
    {
        model.Units = await Queries.UnitOptionsAsync();
        return model;
    }

    public async Task<UserFormModel?> EditFormAsync(string id)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return null;
        }

        var roles = await users.GetRolesAsync(user);
        return await WithUnitsAsync(new UserFormModel
        {
            Id = user.Id, UserName = user.UserName!, FullName = user.FullName, JobTitle = user.JobTitle,
            Role = roles.FirstOrDefault() ?? "", UnitId = user.UnitId, RowVersion = user.ConcurrencyStamp,
        });
    }

    public async Task<ApplicationUser?> CreateAsync(UserFormModel model, ModelStateDictionary state)
    {
        model.Id = null;
        if (string.IsNullOrEmpty(model.Password))
        {
            state.AddModelError(nameof(model.Password), "Vui lòng nhập Mật khẩu ban đầu.");
        }

        await ValidateRoleAndUnitAsync(model, state);
        if (!state.IsValid)
        {
            return null;
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

        return AddErrors(result, state, nameof(model.Password)) ? user : null;
    }

    /// <summary>A stale form (someone saved the account since it was loaded) changes nothing and gets the conflict message.</summary>
    public async Task<UserChange> UpdateAsync(string id, UserFormModel model, ModelStateDictionary state)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return UserChange.NotFound;
        }

        model.Id = id;
        model.UserName = user.UserName!;
        state.Remove(nameof(model.UserName));
        await ValidateRoleAndUnitAsync(model, state);
        if (user.Id == me.Id && !model.Role.Equals(Roles.Administrator, StringComparison.Ordinal))
        {
            state.AddModelError(nameof(model.Role), "Bạn không thể tự bỏ vai trò quản trị của chính mình.");
        }

        if (!state.IsValid)
        {
            return UserChange.Refused;
        }

        var currentRoles = await users.GetRolesAsync(user);
        if (!db.TryExpect(user, model.RowVersion))
        {
            return Conflict(state);
        }

        user.FullName = VietnameseText.Normalize(model.FullName)!;
        user.JobTitle = VietnameseText.Normalize(model.JobTitle);
        user.UnitId = model.UnitId;
        var result = await users.UpdateAsync(user);
        if (result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.ConcurrencyFailure)))
        {
            return Conflict(state);
        }

        if (result.Succeeded && !currentRoles.SequenceEqual([model.Role]))
        {
            result = await users.RemoveFromRolesAsync(user, currentRoles);
            result = result.Succeeded ? await users.AddToRoleAsync(user, model.Role) : result;
        }

        if (!AddErrors(result, state, ""))
        {
            return UserChange.Refused;
        }

        // Role and unit live in the cookie: a new stamp makes the user's sessions pick them up.
        await users.UpdateSecurityStampAsync(user);
        return UserChange.Done;
    }

    public async Task<(UserChange Outcome, string Message)> LockAsync(string id)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return (UserChange.NotFound, "");
        }

        if (user.Id == me.Id)
        {
            return (UserChange.Refused, "Bạn không thể tự khóa tài khoản của chính mình.");
        }

        await users.SetLockoutEnabledAsync(user, true);
        await users.SetLockoutEndDateAsync(user, LockedUntilUnlocked);
        await users.UpdateSecurityStampAsync(user);
        await DatabaseTicketStore.EndAllForUserAsync(db, user.Id);
        return (UserChange.Done, $"Đã khóa tài khoản {user.UserName}.");
    }

    public async Task<(UserChange Outcome, string Message)> UnlockAsync(string id)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return (UserChange.NotFound, "");
        }

        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        return (UserChange.Done, $"Đã mở khóa tài khoản {user.UserName}.");
    }

    public async Task<ResetPasswordModel?> ResetFormAsync(string id) =>
        await users.FindByIdAsync(id) is { } user ? new ResetPasswordModel { Id = user.Id, UserName = user.UserName! } : null;

    public async Task<UserChange> ResetPasswordAsync(string id, ResetPasswordModel model, ModelStateDictionary state)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return UserChange.NotFound;
        }

        model.Id = user.Id;
        model.UserName = user.UserName!;
        if (!state.IsValid)
        {
            return UserChange.Refused;
        }

        var token = await users.GeneratePasswordResetTokenAsync(user);
        var result = await users.ResetPasswordAsync(user, token, model.NewPassword);
        if (!AddErrors(result, state, nameof(model.NewPassword)))
        {
            return UserChange.Refused;
        }

        // Whoever was signed in with the old password is signed out everywhere.
        await DatabaseTicketStore.EndAllForUserAsync(db, user.Id);
        return UserChange.Done;
    }

    private UserChange Conflict(ModelStateDictionary state)
    {
        db.ChangeTracker.Clear();
        state.Clear();
        state.AddModelError("", Concurrency.Message);
        return UserChange.Conflict;
    }

    /// <summary>Unit staff belong to exactly one open unit; the other roles to none.</summary>
    private async Task ValidateRoleAndUnitAsync(UserFormModel model, ModelStateDictionary state)
    {
        if (!Roles.All.Contains(model.Role))
        {
            state.AddModelError(nameof(model.Role), "Vui lòng chọn Vai trò.");
            return;
        }

        if (model.Role == Roles.UnitStaff && model.UnitId is not { } unitId)
        {
            state.AddModelError(nameof(model.UnitId), "Cán bộ đơn vị phải thuộc một đơn vị: vui lòng chọn Đơn vị.");
        }
        else if (model.Role != Roles.UnitStaff && model.UnitId is not null)
        {
            state.AddModelError(nameof(model.UnitId), "Chỉ cán bộ đơn vị mới gắn với đơn vị; với vai trò này hãy để trống Đơn vị.");
        }
        else if (model.UnitId is { } id && !await db.Units.AnyAsync(u => u.Id == id && u.ActiveTo == null))
        {
            state.AddModelError(nameof(model.UnitId), "Đơn vị không tồn tại hoặc đã ngừng hoạt động.");
        }
    }

    /// <returns>True when the result succeeded; otherwise its errors are on the right fields.</returns>
    private static bool AddErrors(IdentityResult result, ModelStateDictionary state, string passwordField)
    {
        foreach (var error in result.Errors)
        {
            var field = error.Code.StartsWith("Password", StringComparison.Ordinal) || error.Code.EndsWith("Password", StringComparison.Ordinal) ? passwordField
                : error.Code.Contains("UserName", StringComparison.Ordinal) ? nameof(UserFormModel.UserName) : "";
            state.AddModelError(field, error.Description);
        }

        return result.Succeeded;
    }
}
