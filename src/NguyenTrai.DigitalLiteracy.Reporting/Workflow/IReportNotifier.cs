namespace NguyenTrai.DigitalLiteracy.Reporting.Workflow;

/// <summary>
/// Who is told about a report's moves (in-app, and e-mail where configured). Implemented by the web host; the
/// notifications are saved with the move, and e-mails go out after it is saved.
/// </summary>
public interface IReportNotifier
{
    Task NotifyUnitAsync(int unitId, string title, string message, string link, CancellationToken ct = default);

    Task NotifyOfficeAsync(string title, string message, string link, CancellationToken ct = default);

    /// <summary>The commune's leadership: city reports waiting for their approval, and issued reports.</summary>
    Task NotifyLeadershipAsync(string title, string message, string link, CancellationToken ct = default);

    Task FlushEmailAsync(CancellationToken ct = default);
}
