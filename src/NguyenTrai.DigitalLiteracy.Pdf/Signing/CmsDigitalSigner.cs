using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;
using System.Security.Cryptography.X509Certificates;
using PdfSharp.Pdf.Signatures;

namespace NguyenTrai.DigitalLiteracy.Pdf;

/// <summary>
/// A detached CMS (PKCS#7) SHA-256 signature built as PdfSharp.Cryptography's PdfSharpDefaultSigner builds it (no
/// signed attributes: the RSA/ECDSA signature covers the digest of the signed byte ranges), with two differences:
/// no unsigned signing-time attribute from the machine clock (the signing time is the signature dictionary's /M,
/// stamped from <see cref="PdfSigning.SigningTime"/>), and <paramref name="beforeSigning"/> runs once the whole file is
/// written and just before it is hashed, so the deterministic stamping happens inside the signed bytes. With an
/// RSA key the same document, certificate and signing time give the same signed file.
/// </summary>
internal sealed class CmsDigitalSigner(X509Certificate2 certificate, Action beforeSigning) : IDigitalSigner
{
    // RSA signatures have a fixed length; ECDSA ones vary by a few bytes, hence the margin.
    private const int SizeMargin = 16;
    private int size;

    public string CertificateName => certificate.GetNameInfo(X509NameType.SimpleName, forIssuer: false);

    public Task<int> GetSignatureSizeAsync()
    {
        if (size == 0)
        {
            size = Sign([0]).Length + SizeMargin;
        }
        return Task.FromResult(size);
    }

    public Task<byte[]> GetSignatureAsync(Stream stream)
    {
        beforeSigning();
        // PDFsharp's RangedStream (the file less the /Contents hole) cannot report CanSeek, so no Stream.CopyTo.
        var content = new byte[stream.Length];
        stream.Position = 0;
        stream.ReadExactly(content);
        return Task.FromResult(Sign(content));
    }

    private byte[] Sign(byte[] content)
    {
        var cms = new SignedCms(new ContentInfo(content), detached: true);
        var signer = new CmsSigner(SubjectIdentifierType.IssuerAndSerialNumber, certificate)
        {
            DigestAlgorithm = new Oid("2.16.840.1.101.3.4.2.1"), // SHA-256
            IncludeOption = X509IncludeOption.ExcludeRoot,
        };
        cms.ComputeSignature(signer, silent: true);
        return cms.Encode();
    }
}
