using Microsoft.EntityFrameworkCore;
using NguyenTrai.DigitalLiteracy.Domain.Common;
using NguyenTrai.DigitalLiteracy.Domain.Entries;
using NguyenTrai.DigitalLiteracy.Pdf;
using NguyenTrai.DigitalLiteracy.Reporting.Figures;
using NguyenTrai.DigitalLiteracy.Reporting.Rules;

namespace NguyenTrai.DigitalLiteracy.Reporting.Documents;

/// <summary>
/// The initiatives selected for the city among those counted in a window (the consolidated report's rule: proposed in
/// approved monthly reports), as a Decree 30 report of the committee to the city.
/// </summary>
public sealed class InitiativeCompilation(FiguresQuery figures)
{
    public async Task<IReadOnlyList<InitiativeRow>> RowsAsync(ReportingReference reference, FiguresScope scope, CancellationToken ct = default)
    {
        var rows = await figures.CountedEntries(reference, scope).OfType<Initiative>()
            .Where(i => i.Status == InitiativeStatus.Selected)
            .OrderBy(i => i.Date).ThenBy(i => i.Id)
            .Select(i => new { i.Title, i.Kind, i.UnitId, i.ProposerName, i.Description, i.Results })
            .ToListAsync(ct);
        return [.. rows.Select(r => new InitiativeRow(r.Title, r.Kind.Text(), reference.UnitName(r.UnitId), r.ProposerName, r.Description, r.Results ?? ""))];
    }

    public static string Subject(string windowName) =>
        $"Tổng hợp sáng kiến, cách làm hay, mô hình hiệu quả trong phong trào \"Bình dân học vụ số\" ({windowName.ToLower(ReportText.Vietnamese)})";

    /// <param name="sequence">The register number once issued; null leaves the number blank (a draft).</param>
    /// <param name="signerName">The signer of the report it goes with; the letterhead's signer when empty.</param>
    public static ReportDocument Compose(Letterhead letterhead, string windowName, DateOnly date, int? sequence, IReadOnlyList<InitiativeRow> rows, string? signerName = null)
    {
        var subject = Subject(windowName);
        var document = new ReportDocument
        {
            Info = DocumentParts.Info(sequence is null ? "Dự thảo tổng hợp sáng kiến" : $"Tổng hợp sáng kiến số {letterhead.Number(sequence)}", subject, letterhead.IssuerName, date),
        };
        var page = document.AddSection();
        page.Add(DocumentParts.Header(letterhead.ParentBody, letterhead.IssuingBody, letterhead.Number(sequence), letterhead.DateLine(date)));
        page.Add(Paragraph.Title("BÁO CÁO")).Add(Paragraph.Subtitle(subject));
        if (rows.Count > 0)
        {
            page.Add(Paragraph.Body($"{letterhead.IssuerName} tổng hợp {ReportText.N(rows.Count)} sáng kiến, cách làm hay, mô hình hiệu quả được lựa chọn báo cáo cấp trên như sau:"));
        }

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
            page.Add(Paragraph.Body("Trong kỳ chưa có sáng kiến, cách làm hay, mô hình hiệu quả nào được lựa chọn báo cáo cấp trên."));
        }

        page.Add(Paragraph.Body($"Trên đây là tổng hợp sáng kiến, cách làm hay, mô hình hiệu quả của {letterhead.IssuerName}./."));
        page.Add(DocumentParts.Closing(letterhead.DefaultRecipients, letterhead.SignatureTitle, string.IsNullOrWhiteSpace(signerName) ? letterhead.DefaultSigner : signerName));
        return document;
    }
}
