using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using NguyenTrai.DigitalLiteracy.Data;
using NguyenTrai.DigitalLiteracy.Domain.Evidence;

namespace NguyenTrai.DigitalLiteracy.Web.Features.ExcelImport;

/// <summary>
/// The parsed preview between upload and confirm: the row values as JSON, kept in the database (shared by
/// every instance) under a random token bound to the user and the kind. The workbook is never read again, and
/// nothing posted back is trusted. A user has at most one draft; a new upload replaces it.
/// </summary>
public sealed class ImportDrafts(AppDbContext db)
{
    public async Task<string> KeepAsync(string userId, ImportKind kind, IEnumerable<ImportedRow> rows, CancellationToken cancellationToken)
    {
        await DiscardAsync(userId, cancellationToken);
        var token = Guid.NewGuid().ToString("N");
        var content = JsonSerializer.SerializeToUtf8Bytes(rows.Select(r => new DraftRow(r.Row, JsonSerializer.SerializeToElement(r.Values, kind.RowType))).ToList());
        db.StoredFiles.Add(new StoredFile { Key = Key(userId, kind, token), Content = content });
        await db.SaveChangesAsync(cancellationToken);
        return token;
    }

    /// <returns>The tracked draft (remove it when saving) and its rows, or null when missing or not this user's.</returns>
    public async Task<(StoredFile File, IReadOnlyList<(int Row, IImportRow Values)> Rows)?> FindAsync(string userId, ImportKind kind, string? token, CancellationToken cancellationToken)
    {
        var file = Guid.TryParseExact(token, "N", out _)
            ? await db.StoredFiles.FirstOrDefaultAsync(f => f.Key == Key(userId, kind, token!), cancellationToken)
            : null;
        if (file is null)
        {
            return null;
        }

        try
        {
            var rows = JsonSerializer.Deserialize<List<DraftRow>>(file.Content) ?? [];
            return (file, [.. rows.Select(r => (r.Row, (IImportRow)r.Values.Deserialize(kind.RowType)!))]);
        }
        catch (JsonException)
        {
            return null; // a draft kept by an older version (the workbook's bytes): upload again
        }
    }

    public Task DiscardAsync(string userId, CancellationToken cancellationToken)
    {
        var prefix = Prefix(userId);
        return db.StoredFiles.Where(f => f.Key.StartsWith(prefix)).ExecuteDeleteAsync(cancellationToken);
    }

    private static string Prefix(string userId) => $"xl:{userId}:";

    private static string Key(string userId, ImportKind kind, string token) => $"{Prefix(userId)}{kind.Slug}:{token}";

    private sealed record DraftRow(int Row, JsonElement Values);
}
