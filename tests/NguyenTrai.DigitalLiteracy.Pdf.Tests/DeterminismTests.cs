using System.Security.Cryptography;
using UglyToad.PdfPig;

namespace NguyenTrai.DigitalLiteracy.Pdf.Tests;

public class DeterminismTests
{
    [Fact]
    public void Same_document_renders_to_identical_bytes()
    {
        var first = PdfRenderer.Render(Decree30Sample.Build());
        var second = PdfRenderer.Render(Decree30Sample.Build());

        Assert.Equal(SHA256.HashData(first), SHA256.HashData(second));
        Assert.Equal(first, second);
    }

    [Fact]
    public void Drafts_with_every_new_element_render_to_identical_bytes()
    {
        static ReportDocument Build()
        {
            var document = Decree30Sample.Build(tableRows: 70);
            document.Sections[0].Blocks[0] = TwoColumnHeader.Decree30("UBND thành phố Hải Phòng", HeaderTests.Body120, "Số: 12/BC-UBND", "Nguyễn Trãi, ngày 05 tháng 10 năm 2025");
            document.AddSection(PageOrientation.Landscape).Add(Paragraph.Caption("Bảng 2")).Add(Table.Auto(3));
            ((Table)document.Sections[1].Blocks[1]).AddHeaderRow("STT", "Ngày", "Nội dung");
            ((Table)document.Sections[1].Blocks[1]).AddRow("1", "05/10/2025", "Tuyên truyền");
            document.DraftMark = "DỰ THẢO";
            document.VerificationFooter = new VerificationBlock("https://nguyentrai.example.vn/xac-minh/ABCD-1234", "ABCD-1234");
            return document;
        }

        Assert.Equal(PdfRenderer.Render(Build()), PdfRenderer.Render(Build()));
    }

    [Fact]
    public void Concurrent_renders_are_identical()
    {
        var renders = new byte[4][];
        Parallel.For(0, renders.Length, i => renders[i] = PdfRenderer.Render(Decree30Sample.Build()));

        Assert.All(renders, r => Assert.Equal(renders[0], r));
    }

    [Fact]
    public void Different_content_gets_a_different_file_id()
    {
        static string IdOf(byte[] pdf)
        {
            var text = System.Text.Encoding.Latin1.GetString(pdf);
            return text[text.LastIndexOf("/ID", StringComparison.Ordinal)..][..40];
        }

        var a = PdfRenderer.Render(PdfText.SingleSection(new Paragraph("Báo cáo A")));
        var b = PdfRenderer.Render(PdfText.SingleSection(new Paragraph("Báo cáo B")));

        Assert.NotEqual(IdOf(a), IdOf(b));
    }

    [Fact]
    public void Metadata_comes_from_the_input()
    {
        var source = Decree30Sample.Build();
        var stream = new MemoryStream();
        PdfRenderer.Render(source, stream);

        using var pdf = PdfDocument.Open(stream.ToArray());
        Assert.Equal("Báo cáo kết quả Bình dân học vụ số", pdf.Information.Title);
        Assert.Equal("UBND phường Nguyễn Trãi", pdf.Information.Author);
        Assert.Equal("Báo cáo quý III năm 2025", pdf.Information.Subject);
        Assert.Equal("D:20251005013000+00'00'", pdf.Information.CreationDate);
    }
}
