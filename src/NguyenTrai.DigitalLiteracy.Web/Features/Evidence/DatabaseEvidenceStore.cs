using Microsoft.EntityFrameworkCore;
using NguyenTrai.DigitalLiteracy.Data;
using NguyenTrai.DigitalLiteracy.Domain.Evidence;

namespace NguyenTrai.DigitalLiteracy.Web.Features.Evidence;

/// <summary>StoredFile rows, so every instance behind a load balancer sees the same files.</summary>
public sealed class DatabaseEvidenceStore(AppDbContext db) : IEvidenceStore
{
    public async Task<string> SaveAsync(Stream content, CancellationToken cancellationToken = default)
    {
        using var buffer = new MemoryStream();
        await content.CopyToAsync(buffer, cancellationToken);
        var file = new StoredFile { Key = Guid.NewGuid().ToString("N"), Content = buffer.ToArray() };
        db.StoredFiles.Add(file);
        await db.SaveChangesAsync(cancellationToken);
        // The bytes are not needed again in this request; do not keep them tracked.
        db.Entry(file).State = EntityState.Detached;
        return file.Key;
    }

    public async Task<Stream?> OpenAsync(string key, CancellationToken cancellationToken = default)
    {
        var content = await db.StoredFiles.AsNoTracking().Where(f => f.Key == key).Select(f => f.Content).FirstOrDefaultAsync(cancellationToken);
        return content is null ? null : new MemoryStream(content, writable: false);
    }

    public Task DeleteAsync(string key, CancellationToken cancellationToken = default) =>
        db.StoredFiles.Where(f => f.Key == key).ExecuteDeleteAsync(cancellationToken);
}
