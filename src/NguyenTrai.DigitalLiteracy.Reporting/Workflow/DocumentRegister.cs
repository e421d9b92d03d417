using Microsoft.EntityFrameworkCore;
using NguyenTrai.DigitalLiteracy.Data;
using NguyenTrai.DigitalLiteracy.Domain.Common;
using NguyenTrai.DigitalLiteracy.Domain.Consolidation;

namespace NguyenTrai.DigitalLiteracy.Reporting.Workflow;

/// <summary>
/// The văn thư register as the portal sees it: numbers already given per symbol and year (they restart on 1 January).
/// The clerk enters the number the register gives; the portal suggests the next one after those it issued.
/// </summary>
public sealed class DocumentRegister(AppDbContext db)
{
    public const int MaxNumber = 99999;

    public async Task<int> SuggestAsync(int year, string symbol, CancellationToken ct = default) =>
        1 + (await db.IssuedReports.AsNoTracking().Where(i => i.Year == year && i.Symbol == symbol && i.Sequence > 0).MaxAsync(i => (int?)i.Sequence, ct) ?? 0);

    /// <summary>The document that already holds the number, if any.</summary>
    public Task<Holder?> HolderAsync(int year, string symbol, int number, CancellationToken ct = default) =>
        db.IssuedReports.AsNoTracking().Where(i => i.Year == year && i.Symbol == symbol && i.Sequence == number)
            .Select(i => new Holder(i.Number, i.IssueDate, i.Subject ?? i.ConsolidatedReport!.Subject))
            .FirstOrDefaultAsync(ct);

    public static DomainRuleException Taken(int year, Holder holder) => new(
        $"Số {holder.Number} năm {year} đã được cấp cho văn bản \"{holder.Subject}\" ngày {holder.IssueDate:dd/MM/yyyy}. "
        + "Vui lòng kiểm tra sổ văn thư và nhập số khác (để trống để lấy số kế tiếp).");

    public static void Validate(int? number)
    {
        if (number is < 1 or > MaxNumber)
        {
            throw new DomainRuleException($"Số văn bản phải là số nguyên từ 1 đến {MaxNumber:N0}.");
        }
    }

    public sealed record Holder(string Number, DateOnly IssueDate, string Subject);
}
