using NguyenTrai.DigitalLiteracy.Pdf;
using static NguyenTrai.DigitalLiteracy.Reporting.Documents.ReportText;

namespace NguyenTrai.DigitalLiteracy.Reporting.Documents;

/// <summary>Data to document: the consolidated report in the Decree 30 layout, appendix tables and charts included.</summary>
public static class ConsolidatedReportComposer
{
    public static ReportDocument Compose(ReportContent content, ReportFigures figures)
    {
        var letterhead = content.Letterhead;
        var document = new ReportDocument
        {
            Info = DocumentParts.Info(content.Sequence is null ? "Dự thảo báo cáo" : $"Báo cáo số {content.Number}", content.Subject, letterhead.IssuerName, content.DocumentDate),
        };
        var body = document.AddSection();
        body.Add(DocumentParts.Header(letterhead.ParentBody, letterhead.IssuingBody, content.Number, letterhead.DateLine(content.DocumentDate)));
        body.Add(Paragraph.Title("BÁO CÁO")).Add(Paragraph.Subtitle(content.Subject));
        var text = ReportBody.Of(content, figures);
        AddPart(body, "I. CÔNG TÁC CHỈ ĐẠO, TRIỂN KHAI", text.Direction);
        AddPart(body, "II. KẾT QUẢ THỰC HIỆN", text.Results);
        body.Add(Paragraph.Heading1("III. ĐÁNH GIÁ CHUNG"));
        AddSubPart(body, "1. Ưu điểm", text.Strengths);
        AddSubPart(body, "2. Hạn chế, nguyên nhân", text.Limitations);
        AddPart(body, "IV. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI", text.NextTasks);
        AddPart(body, "V. KIẾN NGHỊ, ĐỀ XUẤT", text.Proposals);
        body.Add(Paragraph.Body($"Trên đây là báo cáo kết quả thực hiện phong trào \"Bình dân học vụ số\" của {letterhead.IssuerName}; số liệu chi tiết tại Phụ lục kèm theo./."));
        body.Add(DocumentParts.Closing(content.Recipients, letterhead.SignatureTitle, content.SignerName));
        AppendixComposer.Add(document, content, figures);
        return document;
    }

    private static void AddPart(Section section, string heading, string text)
    {
        section.Add(Paragraph.Heading1(heading));
        AddText(section, text);
    }

    private static void AddSubPart(Section section, string heading, string text)
    {
        section.Add(Paragraph.Heading2(heading));
        AddText(section, text);
    }

    private static void AddText(Section section, string text)
    {
        var blocks = ToBlocks(text).ToList();
        foreach (var block in blocks.Count > 0 ? blocks : [Paragraph.Body("Không có.")])
        {
            section.Add(block);
        }
    }
}
