using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using NguyenTrai.DigitalLiteracy.Data;
using NguyenTrai.DigitalLiteracy.Domain.Consolidation;
using NguyenTrai.DigitalLiteracy.Reporting.Compliance;
using NguyenTrai.DigitalLiteracy.Reporting.Documents;
using NguyenTrai.DigitalLiteracy.Reporting.Figures;

namespace NguyenTrai.DigitalLiteracy.Reporting.Workflow;

/// <summary>
/// Versions issued before workbooks were frozen with the PDF get their workbook once, from the figures snapshot
/// stored with them (the numbers their PDF printed), so the registry never offers a live re-count.
/// </summary>
public sealed class IssuedWorkbookBackfill(AppDbContext db, WardProfileStore profiles)
{
    public async Task<int> RunAsync(CancellationToken ct = default)
    {
        var ids = await db.IssuedReports.Where(i => i.Xlsx == null && i.Kind == IssuedDocumentKind.Report).Select(i => i.Id).ToListAsync(ct);
        foreach (var id in ids)
        {
            var issued = await db.IssuedReports.Include(i => i.ConsolidatedReport).FirstAsync(i => i.Id == id, ct);
            var figures = FromSnapshot(issued.DataSnapshotJson);
            var xlsx = AppendixWorkbook.Create(figures, new WorkbookHeading(
                issued.IssuerName ?? (await profiles.LetterheadAsync(issued.ConsolidatedReport!.Audience, ct)).IssuingBody,
                $"Kèm theo Báo cáo số {issued.Number} ngày {ReportText.D(issued.IssueDate)}", figures.WindowStart, figures.WindowEnd));
            issued.Xlsx = xlsx;
            issued.XlsxSha256 = Convert.ToHexStringLower(SHA256.HashData(xlsx));
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
        }

        return ids.Count;
    }

    /// <summary>Reads a snapshot of either shape: before this release it had no totals and a "Missing" compliance column.</summary>
    public static ReportFigures FromSnapshot(string json)
    {
        var figures = JsonSerializer.Deserialize<ReportFigures>(json) ?? new ReportFigures();
        var root = JsonNode.Parse(json)?.AsObject();
        if (root is null || root.ContainsKey(nameof(ReportFigures.Totals)))
        {
            return figures;
        }

        var compliance = root[nameof(ReportFigures.Compliance)]?.AsArray() ?? [];
        var rows = figures.Compliance.Select((r, i) => r with { NotSent = compliance[i]?["Missing"]?.GetValue<int>() ?? 0 }).ToList();
        return figures with
        {
            Totals = new Totals(
                figures.Propaganda.Sum(p => p.Activities), figures.Propaganda.Sum(p => p.Quantity), figures.Propaganda.Sum(p => p.Reach),
                figures.TrainingByUnit.Sum(t => t.Sessions), figures.TrainingByUnit.Sum(t => t.Participants), figures.TrainingByUnit.Sum(t => t.Women),
                figures.TrainingByUnit.Sum(t => t.Aged60Plus), figures.TrainingByUnit.Sum(t => t.AccountsCreated), figures.TrainingByUnit.Sum(t => t.Completions),
                figures.Initiatives.Proposed, figures.Integrations.Count, figures.Integrations.Sum(i => i.Reach ?? 0)),
            Compliance = rows,
            ComplianceTotal = new ComplianceSummary(rows.Sum(r => r.Expected), 0, rows.Sum(r => r.Approved + r.Pending), 0, 0,
                rows.Sum(r => r.Approved), rows.Sum(r => r.Pending), 0, rows.Sum(r => r.NotSent)),
        };
    }
}
