using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace NguyenTrai.DigitalLiteracy.Pdf.Tests;

/// <summary>A throw-away self-signed signing certificate, made per test run; nothing is committed.</summary>
internal static class TestCertificate
{
    public static X509Certificate2 Create(string subject = "CN=Nguyễn Thị Hằng, O=UBND phường Nguyễn Trãi, C=VN")
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest(subject, key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.NonRepudiation, critical: true));
        using var certificate = request.CreateSelfSigned(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2028, 1, 1, 0, 0, 0, TimeSpan.Zero));
        // Reload from PKCS#12, as the Web host will, so the private key is usable on every platform.
        return X509CertificateLoader.LoadPkcs12(certificate.Export(X509ContentType.Pkcs12, "tạm-thời"), "tạm-thời", X509KeyStorageFlags.Exportable);
    }

    public static X509Certificate2 WithoutPrivateKey(X509Certificate2 certificate) =>
        X509CertificateLoader.LoadCertificate(certificate.Export(X509ContentType.Cert));
}
