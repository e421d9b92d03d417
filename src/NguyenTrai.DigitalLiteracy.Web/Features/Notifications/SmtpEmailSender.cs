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
    public string From { get; set; } = "no-reply@nguyentrai.haiphong.gov.vn";
    public string FromName { get; set; } = "Bình dân học vụ số - Phường Nguyễn Trãi";

    /// <summary>The portal's public address (https://…), so e-mails carry a link to the page; without it they say where to look.</summary>
    public string? PortalUrl { get; set; }
}

/// <summary>Sends through the configured SMTP server; a failure is logged, the in-app notification still stands.</summary>
public sealed partial class SmtpEmailSender(SmtpOptions options, ILogger<SmtpEmailSender> logger) : IEmailSender
{
    public async Task SendAsync(string recipient, string subject, string body, CancellationToken ct = default)
    {
        try
        {
            var message = new MimeMessage();
            message.From.Add(new MailboxAddress(options.FromName, options.From));
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
