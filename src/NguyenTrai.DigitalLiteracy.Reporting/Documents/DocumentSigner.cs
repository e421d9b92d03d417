using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Options;
using NguyenTrai.DigitalLiteracy.Domain.Common;
using NguyenTrai.DigitalLiteracy.Pdf;

namespace NguyenTrai.DigitalLiteracy.Reporting.Documents;

/// <summary>
/// Section "Signing": the PKCS#12 certificate issued documents are signed with. Path and password come from
/// configuration, a secret store or the environment (Signing__CertificatePassword); never from the database, never logged.
/// </summary>
public sealed class SigningOptions
{
    public const string Section = "Signing";

    public string? CertificatePath { get; set; }

    public string? CertificatePassword { get; set; }
}

/// <summary>Whether issuing signs, in Vietnamese for the office's and administrator's pages.</summary>
public sealed record SigningStatus(bool Enabled, string Text, bool IsError);

/// <summary>
/// Signs issued documents when a certificate is configured (Decree 30 appendix I visible signature: signer, position,
/// agency, signing time in Viet Nam time); without one, issuing works unsigned and the pages say so.
/// </summary>
public sealed class DocumentSigner(IOptions<SigningOptions> options, WardClock clock)
{
    public bool IsConfigured => !string.IsNullOrWhiteSpace(options.Value.CertificatePath);

    public SigningStatus Status()
    {
        if (!IsConfigured)
        {
            return new(false, "Chưa cấu hình chứng thư số: văn bản ban hành không có chữ ký số (in ra để ký tay, đóng dấu).", false);
        }

        try
        {
            using var certificate = Load();
            return new(true, $"Văn bản ban hành được ký số bằng chứng thư \"{certificate.GetNameInfo(X509NameType.SimpleName, false)}\", hiệu lực đến {certificate.NotAfter:dd/MM/yyyy}.", false);
        }
        catch (DomainRuleException ex)
        {
            return new(false, ex.Message, true);
        }
    }

    /// <summary>The signing for an issue now, or null without a certificate. The caller disposes the certificate.</summary>
    public PdfSigning? For(string signerName, string? position, string agency)
    {
        if (!IsConfigured)
        {
            return null;
        }

        return new PdfSigning
        {
            Certificate = Load(),
            SignerName = signerName,
            SignerPosition = position,
            AgencyName = agency,
            SigningTime = new DateTimeOffset(clock.UtcNow, TimeSpan.Zero),
        };
    }

    private X509Certificate2 Load()
    {
        var path = options.Value.CertificatePath!;
        try
        {
            var certificate = X509CertificateLoader.LoadPkcs12FromFile(path, options.Value.CertificatePassword, X509KeyStorageFlags.EphemeralKeySet);
            if (!certificate.HasPrivateKey)
            {
                certificate.Dispose();
                throw new DomainRuleException($"Chứng thư số tại \"{path}\" không có khóa bí mật nên không ký được. Hãy dùng tệp PKCS#12 (.p12, .pfx) có khóa.");
            }

            return certificate;
        }
        catch (Exception ex) when (ex is CryptographicException or IOException or UnauthorizedAccessException)
        {
            // The loader's messages never contain the password.
            throw new DomainRuleException($"Không đọc được chứng thư số tại \"{path}\" (sai đường dẫn hoặc mật khẩu): {ex.Message} Văn bản chưa được ban hành.");
        }
    }
}
