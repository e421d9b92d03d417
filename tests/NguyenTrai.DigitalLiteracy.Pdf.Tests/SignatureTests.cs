using System.Text;
using UglyToad.PdfPig;

namespace NguyenTrai.DigitalLiteracy.Pdf.Tests;

/// <summary>
/// Issued PDFs signed with PDFsharp 6.2.4's signature support, checked by poppler's pdfsig (an independent
/// validator) with a throw-away self-signed certificate, and by a changed byte.
/// </summary>
public class SignatureTests
{
    private static readonly DateTimeOffset SigningTime = new(2026, 11, 29, 10, 15, 30, PdfSigning.VietNamOffset);

    private static PdfSigning Signing(System.Security.Cryptography.X509Certificates.X509Certificate2 certificate, DateTimeOffset? time = null) => new()
    {
        Certificate = certificate,
        SignerName = "Nguyễn Thị Hằng",
        SignerPosition = "Phó Chủ tịch",
        AgencyName = "Ủy ban nhân dân phường Nguyễn Trãi",
        SigningTime = time ?? SigningTime,
        Reason = "Ban hành báo cáo",
        Location = "Phường Nguyễn Trãi, Hải Phòng",
    };

    [PdfsigFact]
    public void Signed_report_is_valid_for_pdfsig_with_the_signing_time()
    {
        using var certificate = TestCertificate.Create();

        var report = Pdfsig.Verify(PdfRenderer.Render(Decree30Sample.Build(), Signing(certificate)));

        Assert.Contains("Signature is Valid.", report, StringComparison.Ordinal);
        Assert.Contains("adbe.pkcs7.detached", report, StringComparison.Ordinal);
        Assert.Contains("SHA-256", report, StringComparison.Ordinal);
        Assert.Contains("Total document signed", report, StringComparison.Ordinal);
        Assert.Contains("Nov 29 2026 10:15:30", report, StringComparison.Ordinal);
    }

    [PdfsigFact]
    public void One_changed_byte_inside_the_signed_range_invalidates_the_signature()
    {
        using var certificate = TestCertificate.Create();
        var pdf = PdfRenderer.Render(Decree30Sample.Build(), Signing(certificate));
        var byteRange = ByteRange(pdf);

        // The binary comment on the second line: the file still parses, but its hash changes.
        var tampered = (byte[])pdf.Clone();
        Assert.True(10 < byteRange[1], "the byte must be inside the first signed range");
        tampered[10] ^= 0x01;

        Assert.Contains("Signature is Valid.", Pdfsig.Verify(pdf), StringComparison.Ordinal);
        var report = Pdfsig.Verify(tampered);
        Assert.True(report.Contains("Signature is Invalid.", StringComparison.Ordinal), report);
    }

    [Fact]
    public void Text_appearance_shows_signer_agency_and_signing_time_between_position_and_name()
    {
        using var certificate = TestCertificate.Create();
        var pdf = PdfRenderer.Render(Decree30Sample.Build(), Signing(certificate));

        var page = PdfText.Pages(pdf)[^1];
        var lines = page.Lines().Select(l => string.Join(' ', l.Select(w => w.Text))).ToList();
        var position = lines.FindIndex(l => l.Contains("PHÓ CHỦ TỊCH", StringComparison.Ordinal));
        var time = lines.FindIndex(l => l.Contains("Thời gian ký: 2026-11-29T10:15:30+07:00", StringComparison.Ordinal));
        var name = lines.FindIndex(l => l == "Nguyễn Thị Hằng");
        Assert.True(position >= 0 && time > position && name > time, $"position {position}, time {time}, name {name}: {string.Join(" | ", lines)}");
        Assert.Contains(lines, l => l.Contains("Người ký: Nguyễn Thị Hằng", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("Chức vụ: Phó Chủ tịch", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("Cơ quan: Ủy ban nhân dân phường Nguyễn Trãi", StringComparison.Ordinal));

        // The signature field covers the appearance, on the same page.
        using var document = PdfDocument.Open(pdf);
        var widget = Assert.Single(document.GetPages().SelectMany(p => p.GetAnnotations().Select(a => (p.Number, a))));
        Assert.Equal(page.Number, widget.Number);
        var timeWord = page.Words.First(w => w.Text == "2026-11-29T10:15:30+07:00");
        Assert.True(widget.a.Rectangle.Left <= timeWord.BoundingBox.Left && widget.a.Rectangle.Right >= timeWord.BoundingBox.Right
            && widget.a.Rectangle.Bottom <= timeWord.BoundingBox.Bottom && widget.a.Rectangle.Top >= timeWord.BoundingBox.Top,
            "the signature field does not cover the visible signature");
    }

    [Fact]
    public void Image_appearance_puts_the_seal_at_actual_size_over_the_left_third_of_the_signature()
    {
        using var certificate = TestCertificate.Create();
        var signing = Signing(certificate);
        signing = new PdfSigning
        {
            Certificate = signing.Certificate, SignerName = signing.SignerName, AgencyName = signing.AgencyName, SigningTime = signing.SigningTime,
            SignatureImagePng = TestPng.Signature(), SealImagePng = TestPng.Seal(), SealDiameter = Units.Mm(32),
        };
        var pdf = PdfRenderer.Render(Decree30Sample.Build(), signing);

        using var document = PdfDocument.Open(pdf);
        var page = document.GetPages().Last();
        var images = page.GetImages().Select(i => i.BoundingBox).OrderBy(b => b.Width).ToList();
        Assert.Equal(2, images.Count);
        var (seal, signature) = (images[0], images[1]);
        Assert.Equal(Units.Mm(32), seal.Width, 0.5);
        Assert.Equal(Units.Mm(32), seal.Height, 0.5);
        Assert.Equal(signature.Left + signature.Width / 3, seal.Right, 0.5);
        Assert.Equal(signature.Centroid.Y, seal.Centroid.Y, 0.5);
        var name = PdfText.Pages(pdf)[^1].Lines().Single(l => string.Join(' ', l.Select(w => w.Text)) == "Nguyễn Thị Hằng");
        Assert.Equal((name[0].BoundingBox.Left + name[^1].BoundingBox.Right) / 2, signature.Centroid.X, 2.0);
        Assert.True(signature.Bottom > name[0].BoundingBox.Top, "the signature image is not above the signer's name");
        Assert.Contains("Thời gian ký: 2026-11-29T10:15:30+07:00", string.Join(' ', page.GetWords().Select(w => w.Text)), StringComparison.Ordinal);
    }

    [Fact]
    public void Same_document_certificate_and_time_sign_to_the_same_bytes()
    {
        using var certificate = TestCertificate.Create();

        var first = PdfRenderer.Render(Decree30Sample.Build(), Signing(certificate));
        var second = PdfRenderer.Render(Decree30Sample.Build(), Signing(certificate));
        var later = PdfRenderer.Render(Decree30Sample.Build(), Signing(certificate, SigningTime.AddSeconds(1)));

        Assert.Equal(first, second);
        Assert.NotEqual(first, later);
        Assert.Contains("/M(D:20261129101530+07'00')", Encoding.Latin1.GetString(first), StringComparison.Ordinal);
    }

    [Fact]
    public void Unsigned_output_carries_no_signature_and_leaves_the_box_blank()
    {
        var pdf = PdfRenderer.Render(Decree30Sample.Build());

        Assert.DoesNotContain("/Sig", Encoding.Latin1.GetString(pdf), StringComparison.Ordinal);
        Assert.DoesNotContain("Thời gian ký", string.Concat(PdfText.Pages(pdf).Select(p => p.Text)), StringComparison.Ordinal);
    }

    [Fact]
    public void Drafts_keyless_certificates_and_nowhere_to_sign_are_refused()
    {
        using var certificate = TestCertificate.Create();
        using var publicOnly = TestCertificate.WithoutPrivateKey(certificate);
        var draft = Decree30Sample.Build();
        draft.DraftMark = "DỰ THẢO";

        Assert.Throws<ArgumentException>(() => PdfRenderer.Render(draft, Signing(certificate)));
        Assert.Throws<ArgumentException>(() => PdfRenderer.Render(Decree30Sample.Build(), Signing(publicOnly)));
        Assert.Throws<ArgumentException>(() => PdfRenderer.Render(PdfText.SingleSection(new Paragraph("Không có ô chữ ký")), Signing(certificate)));
    }

    [PdfsigFact]
    public void An_explicit_placement_signs_a_document_without_a_signature_box()
    {
        using var certificate = TestCertificate.Create();
        var signing = Signing(certificate);
        signing = new PdfSigning
        {
            Certificate = signing.Certificate, SignerName = signing.SignerName, AgencyName = signing.AgencyName, SigningTime = signing.SigningTime,
            Placement = new SignaturePlacement(0, Units.Mm(110), Units.Mm(200), Units.Mm(80), Units.Mm(25)),
        };

        var pdf = PdfRenderer.Render(PdfText.SingleSection(new Paragraph("Văn bản không có ô chữ ký")), signing);

        Assert.Contains("Signature is Valid.", Pdfsig.Verify(pdf), StringComparison.Ordinal);
        Assert.Contains("Thời gian ký: 2026-11-29T10:15:30+07:00", Assert.Single(PdfText.Pages(pdf)).WordsJoined, StringComparison.Ordinal);
    }

    private static long[] ByteRange(byte[] pdf)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var match = System.Text.RegularExpressions.Regex.Match(text, @"/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]");
        Assert.True(match.Success, "no /ByteRange in the signed file");
        return [.. Enumerable.Range(1, 4).Select(i => long.Parse(match.Groups[i].Value, System.Globalization.CultureInfo.InvariantCulture))];
    }
}
