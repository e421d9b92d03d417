using NguyenTrai.DigitalLiteracy.Pdf;
using static NguyenTrai.DigitalLiteracy.Web.Features.ConsolidatedReports.ReportText;

namespace NguyenTrai.DigitalLiteracy.Web.Features.ConsolidatedReports;

/// <summary>Data to document: the consolidated report in the Decree 30 layout, appendix tables and charts included.</summary>
public static class ConsolidatedReportComposer
{
    public static ReportDocument Compose(ReportContent content, ReportFigures figures)
    {
        var letterhead = content.Letterhead;
        var document = new ReportDocument
        {
            Info = new DocumentInfo
            {
                Title = $"Báo cáo số {content.Number}",
                Subject = content.Subject,
                Author = letterhead.IssuingBody,
                CreatedAt = new DateTimeOffset(content.DocumentDate.ToDateTime(TimeOnly.MinValue), TimeSpan.FromHours(7)),
            },
        };
        var body = document.AddSection();
        body.Add(DocumentParts.Header(letterhead.ParentBody, letterhead.IssuingBody, "Số: " + content.Number, Letterhead.DateLine(content.DocumentDate)));
        body.Add(Paragraph.Title("BÁO CÁO")).Add(Paragraph.Subtitle(content.Subject));
        AddPart(body, "I. CÔNG TÁC CHỈ ĐẠO, TRIỂN KHAI", content.Sections.Direction);
        AddPart(body, "II. KẾT QUẢ THỰC HIỆN", content.Sections.Results);
        AddPart(body, "III. ĐÁNH GIÁ CHUNG", content.Sections.Assessment);
        AddPart(body, "IV. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI", content.Sections.NextTasks);
        AddPart(body, "V. KIẾN NGHỊ, ĐỀ XUẤT", content.Sections.Proposals);
        body.Add(Paragraph.Body($"Trên đây là báo cáo kết quả thực hiện phong trào \"Bình dân học vụ số\" của {letterhead.IssuerName}; số liệu chi tiết tại Phụ lục kèm theo./."));
        body.Add(DocumentParts.Closing(content.Recipients, letterhead.SignatureTitle, content.SignerName));
        AppendixComposer.Add(document, content, figures);
        return document;
    }

    private static void AddPart(Section section, string heading, string text)
    {
        section.Add(Paragraph.Heading1(heading));
        foreach (var block in ToBlocks(text))
        {
            section.Add(block);
        }
    }
}
