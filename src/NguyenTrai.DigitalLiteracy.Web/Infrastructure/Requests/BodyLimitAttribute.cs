namespace NguyenTrai.DigitalLiteracy.Web.Infrastructure.Requests;

/// <summary>Uploads that may send more than <see cref="RequestLimitsOptions.MaxBodyBytes"/>; each size is configured in one place.</summary>
public enum BodyLimit
{
    /// <summary>Evidence:MaxFileBytes plus the form's overhead.</summary>
    Evidence,

    /// <summary>ExcelImport:MaxFileBytes plus the form's overhead.</summary>
    ExcelImport,

    /// <summary>RequestLimits:VerificationMaxBytes plus the form's overhead.</summary>
    Verification,
}

/// <summary>Endpoint metadata read by <see cref="RequestBodyLimitsMiddleware"/> before anything reads the body.</summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Class)]
public sealed class BodyLimitAttribute(BodyLimit limit) : Attribute
{
    public BodyLimit Limit { get; } = limit;
}
