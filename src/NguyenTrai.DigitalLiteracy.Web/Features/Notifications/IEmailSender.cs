namespace NguyenTrai.DigitalLiteracy.Web.Features.Notifications;

/// <summary>Optional e-mail beside the in-app notifications. Implementations never throw: mail is a courtesy.</summary>
public interface IEmailSender
{
    Task SendAsync(string recipient, string subject, string body, CancellationToken ct = default);
}

/// <summary>Used when no SMTP host is configured: nothing is sent.</summary>
public sealed class NoEmailSender : IEmailSender
{
    public Task SendAsync(string recipient, string subject, string body, CancellationToken ct = default) => Task.CompletedTask;
}
