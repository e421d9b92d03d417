namespace NguyenTrai.DigitalLiteracy.Data.Identity;

/// <summary>
/// A signed-in session kept on the server; the cookie carries only its key. Signing out deletes the row, so a
/// cookie copied before sign-out is worthless; every instance sharing the database sees the same sessions.
/// </summary>
public class AuthSession
{
    public string Id { get; set; } = "";
    public string UserId { get; set; } = "";

    /// <summary>The serialised authentication ticket (claims and properties).</summary>
    public byte[] Ticket { get; set; } = [];

    public DateTime? ExpiresAtUtc { get; set; }
}
