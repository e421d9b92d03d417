using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using NguyenTrai.DigitalLiteracy.Data;
using NguyenTrai.DigitalLiteracy.Domain.Common;

namespace NguyenTrai.DigitalLiteracy.Web.Infrastructure;

/// <summary>
/// Optimistic concurrency for edit forms: the version the user loaded travels in a hidden field and becomes
/// the original value, so saving over someone else's newer change fails instead of silently overwriting it.
/// </summary>
public static class Concurrency
{
    public const string Message = "Dữ liệu đã được người khác thay đổi trong lúc bạn sửa. Thay đổi của bạn chưa được lưu; biểu mẫu đã được tải lại với dữ liệu mới nhất, vui lòng kiểm tra và thực hiện lại.";

    public static async Task<bool> TrySaveAsync<T>(AppDbContext db, T entity, string? postedVersion, ModelStateDictionary modelState)
        where T : class, IConcurrencyVersioned
    {
        db.Entry(entity).Property(e => e.RowVersion).OriginalValue = RowVersionText.Parse(postedVersion);
        try
        {
            await db.SaveChangesAsync();
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            modelState.Clear();
            modelState.AddModelError("", Message);
            return false;
        }
    }
}
