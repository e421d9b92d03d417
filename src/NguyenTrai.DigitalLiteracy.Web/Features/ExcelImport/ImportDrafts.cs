using Microsoft.EntityFrameworkCore;
using NguyenTrai.DigitalLiteracy.Data;
using NguyenTrai.DigitalLiteracy.Domain.Evidence;

namespace NguyenTrai.DigitalLiteracy.Web.Features.ExcelImport;

/// <summary>
/// The uploaded file between preview and confirm, kept in the database (shared by every instance) under a
/// random token bound to the user and the kind. Confirm re-reads these bytes: nothing posted back is trusted.
/// A user has at most one draft; a new upload replaces it.
/// </summary>
public sealed class ImportDrafts(AppDbContext db)
{
    public async Task<string> KeepAsync(string userId, ImportKind kind, byte[] bytes, CancellationToken cancellationToken)
    {
        await DiscardAsync(userId, cancellationToken);
        var token = Guid.NewGuid().ToString("N");
        db.StoredFiles.Add(new StoredFile { Key = Key(userId, kind, token), Content = bytes });
        await db.SaveChangesAsync(cancellationToken);
        return token;
    }

    /// <returns>The tracked draft (remove it when saving), or null when missing or not this user's.</returns>
    public async Task<StoredFile?> FindAsync(string userId, ImportKind kind, string? token, CancellationToken cancellationToken) =>
        Guid.TryParseExact(token, "N", out _)
            ? await db.StoredFiles.FirstOrDefaultAsync(f => f.Key == Key(userId, kind, token!), cancellationToken)
            : null;

    public Task DiscardAsync(string userId, CancellationToken cancellationToken)
    {
        var prefix = Prefix(userId);
        return db.StoredFiles.Where(f => f.Key.StartsWith(prefix)).ExecuteDeleteAsync(cancellationToken);
    }

    private static string Prefix(string userId) => $"xl:{userId}:";

    private static string Key(string userId, ImportKind kind, string token) => $"{Prefix(userId)}{kind.Slug}:{token}";
}
