using System.Security.Cryptography.X509Certificates;
using Microsoft.EntityFrameworkCore;
using NguyenTrai.DigitalLiteracy.IntegrationTests.ConsolidatedReports;
using NguyenTrai.DigitalLiteracy.Pdf.Tests;
using NguyenTrai.DigitalLiteracy.TestSupport;
using static NguyenTrai.DigitalLiteracy.IntegrationTests.ConsolidatedReports.ReportScenario;

namespace NguyenTrai.DigitalLiteracy.IntegrationTests.Documents;

/// <summary>The portal with a PKCS#12 certificate configured (a throw-away one, made for the test run).</summary>
public sealed class SigningPortalFactory : PortalFactory
{
    public const string Password = "mật-khẩu-chứng-thư-thử";

    public SigningPortalFactory()
    {
        CertificatePath = Path.Combine(Path.GetDirectoryName(DatabasePath)!, "ky-so.p12");
        using var certificate = TestCertificate.Create("CN=Lê Văn Khoa, O=UBND phường thử nghiệm, C=VN");
        File.WriteAllBytes(CertificatePath, certificate.Export(X509ContentType.Pkcs12, Password));
    }

    public string CertificatePath { get; }

    protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
    {
        ["Signing:CertificatePath"] = CertificatePath,
        ["Signing:CertificatePassword"] = Password,
    };
}

/// <summary>
/// With a certificate configured, issuing signs the PDF with the Decree 30 visible signature; poppler's pdfsig finds
/// the signature valid, and invalid once one signed byte changes. Without one, issuing works unsigned and says so.
/// </summary>
[Collection(ReportScenario.Collection)]
public sealed class SigningTests(SigningPortalFactory factory) : IClassFixture<SigningPortalFactory>
{
    [PdfsigFact]
    public async Task Issued_city_report_is_signed_valid_for_pdfsig_and_invalid_after_one_changed_byte()
    {
        using var office = await factory.SignInAsync("vhxh");
        var page = await office.GetPageAsync($"/bao-cao-tong-hop/{await CreateDraftAsync(office, (await AnnualPeriodAsync(factory)).Id)}");
        Assert.Contains("được ký số bằng chứng thư \"Lê Văn Khoa\"", page.TextOf("[data-testid=signing-note]"), StringComparison.Ordinal);

        var id = await IssueCityReportAsync(factory, office, (await AnnualPeriodAsync(factory)).Id);

        var issued = await factory.WithDbAsync(db => db.IssuedReports.AsNoTracking().SingleAsync(i => i.ConsolidatedReportId == id));
        Assert.Contains("CN=Lê Văn Khoa", issued.SignedWith, StringComparison.Ordinal);
        var pdf = await GetPdfAsync(office, $"/bao-cao-da-ban-hanh/{issued.Id}/tai-ve");
        Assert.Equal(issued.Pdf, pdf);
        var report = Pdfsig.Verify(pdf);
        Assert.Contains("Signature is Valid.", report, StringComparison.Ordinal);
        Assert.Contains("Total document signed", report, StringComparison.Ordinal);
        // The visible block (Decree 30 appendix I): signer, position, agency, time in Viet Nam time.
        var text = string.Join(' ', PageWords(pdf));
        Assert.Contains("Người ký: Lê Văn Khoa", text, StringComparison.Ordinal);
        Assert.Contains("Chức vụ: Phó Chủ tịch", text, StringComparison.Ordinal);
        Assert.Contains("Cơ quan: Ủy ban nhân dân phường Nguyễn Trãi", text, StringComparison.Ordinal);
        Assert.Contains("Thời gian ký: 2026-11-25T10:00:00+07:00", text, StringComparison.Ordinal);

        var changed = (byte[])pdf.Clone();
        changed[pdf.Length / 3] ^= 0x01;
        Assert.Contains("Signature is Invalid.", Pdfsig.Verify(changed), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_certificate_issuing_works_unsigned_and_the_pages_say_so()
    {
        using var plain = new PortalFactory();
        using var office = await plain.SignInAsync("vhxh");
        var id = await CreateDraftAsync(office, (await AnnualPeriodAsync(plain)).Id);
        Assert.Contains("Chưa cấu hình chứng thư số", (await office.GetPageAsync($"/bao-cao-tong-hop/{id}")).TextOf("[data-testid=signing-note]"), StringComparison.Ordinal);

        await IssueAsync(office, id);

        var issued = await plain.WithDbAsync(db => db.IssuedReports.AsNoTracking().SingleAsync(i => i.ConsolidatedReportId == id));
        Assert.Null(issued.SignedWith);
        Assert.DoesNotContain("/ByteRange", System.Text.Encoding.Latin1.GetString(issued.Pdf), StringComparison.Ordinal);
        using var admin = await plain.SignInAsync("quantri");
        Assert.Contains("Chưa cấu hình chứng thư số", (await admin.GetPageAsync("/quan-tri/dia-phuong")).TextOf("[data-testid=signing-status]"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_password_never_reaches_the_pages_or_the_log()
    {
        using var admin = await factory.SignInAsync("quantri");
        var html = (await admin.GetPageAsync("/quan-tri/dia-phuong")).DocumentElement.OuterHtml;
        Assert.Contains("Lê Văn Khoa", html, StringComparison.Ordinal);
        Assert.DoesNotContain(SigningPortalFactory.Password, html, StringComparison.Ordinal);
        var logs = Path.Combine(Path.GetDirectoryName(factory.DatabasePath)!, "logs");
        var logged = Directory.Exists(logs) ? string.Concat(Directory.GetFiles(logs).Select(f => ReadShared(f))) : "";
        Assert.DoesNotContain(SigningPortalFactory.Password, logged, StringComparison.Ordinal);
    }

    private static string ReadShared(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
