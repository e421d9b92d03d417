using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

using NguyenTrai.DigitalLiteracy.Data.Identity;
using NguyenTrai.DigitalLiteracy.Domain.Common;

namespace NguyenTrai.DigitalLiteracy.Data;

/// <summary>
/// The one optimistic-concurrency mechanism of the portal. The version the user loaded travels in a hidden field
/// (<see cref="RowVersionText"/>; for accounts, Identity's ConcurrencyStamp) and becomes the original value, so
/// saving over someone else's newer change fails with <see cref="Message"/> instead of silently overwriting it.
/// Edit forms use <see cref="TrySaveAsync{T}"/> (the form is shown again with the newest data); actions that are
/// not forms (approve, return, decide) use <see cref="Expect{T}(AppDbContext, T, string?)"/> and
/// <see cref="SaveAsync"/>, which throw a <see cref="DomainRuleException"/> carrying the same message.
/// </summary>
public static class Concurrency
{
    public const string Message = "Dữ liệu đã được người khác thay đổi trong lúc bạn đang xem hoặc sửa. Thay đổi của bạn chưa được lưu; trang đã được tải lại với dữ liệu mới nhất, vui lòng kiểm tra và thực hiện lại.";

    public static DomainRuleException Conflict(Exception? inner = null) => inner is null ? new(Message) : new(Message, inner);

    /// <summary>The user acted on the version they saw; anything newer means someone else moved first.</summary>
    public static void Expect<T>(this AppDbContext db, T entity, string? postedVersion)
        where T : class, IConcurrencyVersioned => db.Expect(entity, RowVersionText.Parse(postedVersion));

    public static void Expect<T>(this AppDbContext db, T entity, byte[] postedVersion)
        where T : class, IConcurrencyVersioned
    {
        if (!Matches(entity, postedVersion))
        {
            throw Conflict();
        }

        db.Entry(entity).Property(e => e.RowVersion).OriginalValue = postedVersion;
    }

    /// <summary>
    /// Accounts carry Identity's ConcurrencyStamp instead of a RowVersion; UserManager's update then fails with
    /// ConcurrencyFailure, which the web host's VietnameseIdentityErrorDescriber words as <see cref="Message"/>.
    /// </summary>
    public static bool TryExpect(this AppDbContext db, ApplicationUser user, string? postedStamp)
    {
        if (string.IsNullOrEmpty(postedStamp) || !string.Equals(user.ConcurrencyStamp, postedStamp, StringComparison.Ordinal))
        {
            return false;
        }

        db.Entry(user).Property(u => u.ConcurrencyStamp).OriginalValue = postedStamp;
        return true;
    }

    /// <summary>Saves; a lost race becomes the conflict message.</summary>
    public static async Task SaveAsync(this AppDbContext db, CancellationToken ct = default)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException ex)
        {
            throw Conflict(ex);
        }
    }

    /// <summary>
    /// For edit forms: saves the changes already applied to <paramref name="entity"/> only if it is still the
    /// version the form was loaded with. On a conflict nothing is saved, the posted values are dropped and the
    /// page gets <see cref="Message"/>; the caller shows the form again with the newest data.
    /// </summary>
    public static async Task<bool> TrySaveAsync<T>(this AppDbContext db, T entity, string? postedVersion, ModelStateDictionary modelState, CancellationToken ct = default)
        where T : class, IConcurrencyVersioned
    {
        try
        {
            db.Expect(entity, postedVersion);
            await db.SaveAsync(ct);
            return true;
        }
        catch (DomainRuleException ex) when (ex.Message == Message)
        {
            db.ChangeTracker.Clear();
            modelState.Clear();
            modelState.AddModelError("", Message);
            return false;
        }
    }

    private static bool Matches(IConcurrencyVersioned entity, byte[] posted) =>
        posted.Length > 0 && entity.RowVersion.AsSpan().SequenceEqual(posted);
}
