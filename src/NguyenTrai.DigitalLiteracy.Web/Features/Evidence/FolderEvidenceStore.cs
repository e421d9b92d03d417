using Microsoft.Extensions.Options;

namespace NguyenTrai.DigitalLiteracy.Web.Features.Evidence;

/// <summary>Files in a folder outside wwwroot, two-level fan-out by key so no directory grows too large.</summary>
public sealed class FolderEvidenceStore : IEvidenceStore
{
    private readonly string root;

    public FolderEvidenceStore(IOptions<EvidenceOptions> options, IWebHostEnvironment environment)
    {
        root = Path.GetFullPath(Path.Combine(environment.ContentRootPath, options.Value.Folder));
        var webRoot = environment.WebRootPath is { Length: > 0 } w ? Path.GetFullPath(w) : null;
        if (webRoot is not null && (root + Path.DirectorySeparatorChar).StartsWith(webRoot + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new InvalidOperationException("Evidence:Folder must be outside wwwroot, otherwise files would be served without authorization.");
        }
    }

    public async Task<string> SaveAsync(Stream content, CancellationToken cancellationToken = default)
    {
        var key = Guid.NewGuid().ToString("N");
        var path = PathOf(key)!;
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true);
        await content.CopyToAsync(file, cancellationToken);
        return key;
    }

    public Task<Stream?> OpenAsync(string key, CancellationToken cancellationToken = default)
    {
        var path = PathOf(key);
        Stream? stream = path is not null && File.Exists(path)
            ? new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true)
            : null;
        return Task.FromResult(stream);
    }

    public Task DeleteAsync(string key, CancellationToken cancellationToken = default)
    {
        if (PathOf(key) is { } path && File.Exists(path))
        {
            File.Delete(path);
        }

        return Task.CompletedTask;
    }

    /// <summary>Only keys this store generated map to a path: nothing else can walk out of the folder.</summary>
    private string? PathOf(string key) =>
        Guid.TryParseExact(key, "N", out _) ? Path.Combine(root, key[..2], key) : null;
}
