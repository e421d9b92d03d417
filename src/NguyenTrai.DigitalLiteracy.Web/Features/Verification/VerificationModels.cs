namespace NguyenTrai.DigitalLiteracy.Web.Features.Verification;

/// <summary>What the public may know of an issued document: nothing beyond what is printed on it, and its hash.</summary>
public sealed record VerifiedDocument(string Code, string Number, DateOnly IssueDate, string Issuer, string Title, int Version, string Sha256);

/// <summary>An uploaded file against the register (or against one document): its hash and what it matched.</summary>
public sealed record VerificationResult(bool Matches, VerifiedDocument? Document, string Sha256)
{
    /// <summary>The existing lookups' wording, kept for people who learned it.</summary>
    public string? Number => Document?.Number;
}

public sealed record VerificationPage(VerificationResult? Result, string? Error = null);

/// <summary>One document's public page; <see cref="Upload"/> when a file was compared with it.</summary>
public sealed record DocumentVerificationPage(VerifiedDocument Document, VerificationResult? Upload);
