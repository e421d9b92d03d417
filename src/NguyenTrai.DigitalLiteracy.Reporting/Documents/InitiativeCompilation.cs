using Microsoft.EntityFrameworkCore;
using NguyenTrai.DigitalLiteracy.Domain.Common;
using NguyenTrai.DigitalLiteracy.Domain.Entries;
using NguyenTrai.DigitalLiteracy.Pdf;
using NguyenTrai.DigitalLiteracy.Reporting.Figures;
using NguyenTrai.DigitalLiteracy.Reporting.Rules;

namespace NguyenTrai.DigitalLiteracy.Reporting.Documents;

/// <summary>
/// The initiatives selected for the city among those counted in a window (the consolidated report's rule: proposed in
/// approved monthly reports), as a Decree 30 report of the ward to the city.
/// </summary>
public sealed class InitiativeCompilation(FiguresQuery figures, WardClock clock)
{
    public async Task<byte[]> RenderAsync(ReportingReference reference, FiguresScope scope, string windowName)
    {
        var rows = await figures.CountedEntries(reference, scope).OfType<Initiative>()
            .Where(i => i.Status == InitiativeStatus.Selected)
            .OrderBy(i => i.Date).ThenBy(i => i.Id)
            .Select(i => new { i.Title, i.Kind, i.UnitId, i.ProposerName, i.Description, i.Results })
            .ToListAsync();
        return PdfRenderer.Render(Compose(windowName, clock.Today,
            [.. rows.Select(r => new InitiativeRow(r.Title, r.Kind.Text(), reference.UnitName(r.UnitId), r.ProposerName, r.Description, r.Results ?? ""))]));
    }

    public static ReportDocument Compose(string periodName, DateOnly date, IReadOnlyList<InitiativeRow> rows)
    {
        var letterhead = Letterhead.City;
        var document = new ReportDocument
        {
            Info = new DocumentInfo { Title = "Tổng hợp sáng kiến", Author = letterhead.IssuingBody, CreatedAt = new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.FromHours(7)) },
        };
        var page = document.AddSection();
        page.Add(DocumentParts.Header(letterhead.ParentBody, letterhead.IssuingBody, "Số: " + letterhead.Number(null), Letterhead.DateLine(date)));
        page.Add(Paragraph.Title("BÁO CÁO")).Add(Paragraph.Subtitle($"Tổng hợp sáng kiến, cách làm hay, mô hình hiệu quả trong phong trào \"Bình dân học vụ số\" ({periodName.ToLower(ReportText.Vietnamese)})"));
        page.Add(Paragraph.Body($"UBND phường Nguyễn Trãi tổng hợp {ReportText.N(rows.Count)} sáng kiến, cách làm hay, mô hình hiệu quả được lựa chọn báo cáo UBND thành phố như sau:"));
        var i = 0;
        foreach (var r in rows)
        {
            page.Add(Paragraph.Heading2($"{++i}. {r.Title} ({r.Kind})"));
            page.Add(Paragraph.Body($"Đơn vị, người đề xuất: {r.UnitAndProposer}."));
            page.Add(Paragraph.Body("Nội dung: " + r.Content));
            if (r.Result.Length > 0)
            {
                page.Add(Paragraph.Body("Kết quả đạt được: " + r.Result));
            }
        }

        if (rows.Count == 0)
        {
            page.Add(Paragraph.Body("Trong kỳ chưa có sáng kiến nào được lựa chọn."));
        }

        page.Add(DocumentParts.Closing(letterhead.DefaultRecipients, letterhead.SignatureTitle, letterhead.DefaultSigner));
        return document;
    }
}
