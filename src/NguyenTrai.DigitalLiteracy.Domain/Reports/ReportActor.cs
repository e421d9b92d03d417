namespace NguyenTrai.DigitalLiteracy.Domain.Reports;

/// <summary>Who performs a transition and when (UTC), as recorded in the report's history.</summary>
public sealed record ReportActor(string UserId, string DisplayName, DateTime AtUtc);
