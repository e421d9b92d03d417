namespace NguyenTrai.DigitalLiteracy.Web.Features.Evidence;

/// <summary>
/// Where evidence bytes live. Keys are generated here (never from a user's file name); the Attachment row keeps
/// name, type, size and hash whichever store is configured.
/// </summary>
public interface IEvidenceStore
{
    Task<string> SaveAsync(Stream content, CancellationToken cancellationToken = default);

    /// <returns>Null when no file has this key.</returns>
    Task<Stream?> OpenAsync(string key, CancellationToken cancellationToken = default);

    Task DeleteAsync(string key, CancellationToken cancellationToken = default);
}
