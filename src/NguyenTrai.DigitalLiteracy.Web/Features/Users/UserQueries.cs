using NguyenTrai.DigitalLiteracy.Reporting.Rules;
using Microsoft.EntityFrameworkCore;
using NguyenTrai.DigitalLiteracy.Data;

namespace NguyenTrai.DigitalLiteracy.Web.Features.Users;

/// <summary>Read-side of the user screens: one projection with the role name, filtered and paged.</summary>
public sealed class UserQueries(AppDbContext db)
{
    public async Task LoadAsync(UserListModel model)
    {
        var users = db.Users.AsNoTracking();
        if (!string.IsNullOrEmpty(model.Role))
        {
            users = users.Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == model.Role)));
        }

        if (model.UnitId is { } unitId)
        {
            users = users.Where(u => u.UnitId == unitId);
        }

        if (!string.IsNullOrWhiteSpace(model.Q))
        {
            var q = model.Q.Trim();
            users = users.Where(u => u.UserName!.Contains(q) || u.FullName.Contains(q));
        }

        model.Total = await users.CountAsync();
        model.Page = Math.Clamp(model.Page, 1, model.PageCount);
        // People in Vietnamese alphabetical order of their names (SQL would sort by code point: Đ after Z).
        // A ward has a few hundred accounts at most, so the ordering happens here, then the page is cut.
        model.Rows = [.. (await users
            .Select(u => new UserRow(u.Id, u.UserName!, u.FullName, u.JobTitle,
                db.UserRoles.Where(ur => ur.UserId == u.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => r.Name).FirstOrDefault(),
                u.Unit != null ? u.Unit.Name : null, u.LockoutEnd))
            .ToListAsync())
            .OrderBy(u => u.FullName, ReportingReference.VietnameseOrder).ThenBy(u => u.UserName, StringComparer.Ordinal)
            .Skip((model.Page - 1) * UserListModel.PageSize).Take(UserListModel.PageSize)];
        model.Units = await UnitOptionsAsync();
    }

    public async Task<IReadOnlyList<UnitOption>> UnitOptionsAsync() =>
        [.. (await db.Units.AsNoTracking().Select(u => new UnitOption(u.Id, u.Name, u.ActiveTo != null)).ToListAsync())
            .OrderBy(u => u.Name, ReportingReference.VietnameseOrder)];
}
