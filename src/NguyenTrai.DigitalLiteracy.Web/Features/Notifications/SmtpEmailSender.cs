using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace NguyenTrai.DigitalLiteracy.Web.Features.Notifications;

public sealed class SmtpOptions
{
    public string? Host { get; set; }
    public int Port { get; set; } = 587;
    public string? UserName { get; set; }
    public string? Password { get; set; }
    /// <summary>Sender address; the SMTP user name when not set.</summary>
    public string? From { get; set; }

    /// <summary>Sender name; the portal's title from the commune's profile when not set.</summary>
    public string? FromName { get; set; }
}

/// <summary>Sends through the configured SMTP server; a failure is logged, the in-app notification still stands.</summary>
public sealed partial class SmtpEmailSender(SmtpOptions options, Locality.PortalIdentity portal, ILogger<SmtpEmailSender> logger) : IEmailSender
{
    public async Task SendAsync(string recipient, string subject, string body, CancellationToken ct = default)
    {
        try
        {
            var message = new MimeMessage();
            var fromName = options.FromName ?? (await portal.GetAsync()).PortalTitle;
            message.From.Add(new MailboxAddress(fromName, options.From ?? options.UserName ?? throw new InvalidOperationException("Smtp:From is not set.")));
            message.To.Add(MailboxAddress.Parse(recipient));
            message.Subject = subject;
            message.Body = new TextPart("plain") { Text = body };
            using var client = new SmtpClient();
            await client.ConnectAsync(options.Host ?? "", options.Port, SecureSocketOptions.Auto, ct);
            if (!string.IsNullOrEmpty(options.UserName))
            {
                await client.AuthenticateAsync(options.UserName, options.Password ?? "", ct);
            }

            await client.SendAsync(message, ct);
            await client.DisconnectAsync(true, ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogFailed(logger, ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "E-mail notification could not be sent")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
