using System.Globalization;
using NguyenTrai.DigitalLiteracy.Data;
using NguyenTrai.DigitalLiteracy.Domain.Auditing;
using NguyenTrai.DigitalLiteracy.Domain.Consolidation;
using NguyenTrai.DigitalLiteracy.Domain.Reports;

namespace NguyenTrai.DigitalLiteracy.Reporting.Workflow;

/// <summary>Each step of a consolidated report, recorded in the audit log with who, when and a Vietnamese summary.</summary>
public static class ReportAudit
{
    public const string EntityType = nameof(ConsolidatedReport);
    public const string Drafted = "ReportDrafted";
    public const string SentToLeadership = "ReportSentToLeadership";
    public const string Withdrawn = "ReportWithdrawn";
    public const string Returned = "ReportReturned";
    public const string Approved = "ReportApproved";
    public const string Issued = "ReportIssued";
    public const string CompilationIssued = "InitiativeCompilationIssued";
    public const string NewVersion = "ReportNewVersion";

    public static void Add(AppDbContext db, ReportActor actor, string action, ConsolidatedReport report, string summary) =>
        db.AuditEntries.Add(new AuditEntry
        {
            AtUtc = actor.AtUtc,
            UserId = actor.UserId,
            UserName = actor.DisplayName,
            Action = action,
            EntityType = EntityType,
            EntityId = report.Id.ToString(CultureInfo.InvariantCulture),
            Summary = summary.Length > 1000 ? summary[..1000] : summary,
        });
}
