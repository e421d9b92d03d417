using System.ComponentModel.DataAnnotations;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using NguyenTrai.DigitalLiteracy.Data;
using NguyenTrai.DigitalLiteracy.Domain.Entries;
using NguyenTrai.DigitalLiteracy.Domain.Reports;
using NguyenTrai.DigitalLiteracy.Reporting.Rules;
using NguyenTrai.DigitalLiteracy.Web.Features.Entries;

namespace NguyenTrai.DigitalLiteracy.Web.Features.Review;

/// <summary>"Thay đổi kể từ lần trả lại": when the report was last returned and what the unit changed in its entries since.</summary>
public sealed record ChangesSinceReturn(DateTime ReturnedAtUtc, IReadOnlyList<EntryChange> Changes);

/// <summary>
/// What the unit did to the report's entries (Reporting's <see cref="ReportEntries"/>, deleted ones included) after the
/// latest return, from the audit trail, in people's names and the forms' field labels, so the office checks only that.
/// </summary>
public sealed class ChangesSinceReturnQuery(AppDbContext db, AuditTrail audit)
{
    // The form each entry type is edited with: its [Display] names are the labels users know.
    private static readonly Dictionary<string, Type> Forms = new()
    {
        [nameof(TrainingSession)] = typeof(Training.TrainingForm),
        [nameof(PropagandaActivity)] = typeof(Propaganda.PropagandaForm),
        [nameof(Initiative)] = typeof(Initiatives.InitiativeForm),
        [nameof(IntegrationActivity)] = typeof(Integration.IntegrationForm),
    };

    /// <returns>Null when the report was never returned.</returns>
    public async Task<ChangesSinceReturn?> LoadAsync(int reportId, int unitId, PeriodInfo period, CancellationToken ct = default)
    {
        var returnedAt = await db.UnitReportTransitions.AsNoTracking()
            .Where(t => t.UnitReportId == reportId && t.ToStatus == UnitReportStatus.Returned)
            .OrderByDescending(t => t.AtUtc).Select(t => (DateTime?)t.AtUtc).FirstOrDefaultAsync(ct);
        if (returnedAt is not { } since)
        {
            return null;
        }

        var ids = await ReportEntries.Of(db, unitId, period).IgnoreQueryFilters().Select(e => e.Id).ToListAsync(ct);
        return new ChangesSinceReturn(since, await audit.ForEntriesAsync(unitId, ids, since, Label));
    }

    // Fields no unit form edits (the office's evaluation of an initiative).
    private static readonly Dictionary<string, string> OfficeFields = new()
    {
        [nameof(Initiative.Status)] = "Trạng thái",
        [nameof(Initiative.EvaluationNote)] = "Nhận xét của Phòng VHXH",
    };

    public static string Label(string entityType, string property) =>
        Forms.TryGetValue(entityType, out var form) && form.GetProperty(property)?.GetCustomAttribute<DisplayAttribute>()?.GetName() is { } name
            ? name
            : OfficeFields.GetValueOrDefault(property, property);

    /// <summary>"lớp học / buổi hướng dẫn", "hoạt động tuyên truyền"...: how the sentence names the entry's kind.</summary>
    public static string KindOf(string entityType) => entityType switch
    {
        nameof(TrainingSession) => "lớp học / buổi hướng dẫn",
        nameof(PropagandaActivity) => "hoạt động tuyên truyền",
        nameof(Initiative) => "sáng kiến",
        _ => "hoạt động lồng ghép",
    };

    public static string Slug(string entityType) => entityType switch
    {
        nameof(TrainingSession) => "lop-hoc",
        nameof(PropagandaActivity) => "tuyen-truyen",
        nameof(Initiative) => "sang-kien",
        _ => "long-ghep",
    };
}
