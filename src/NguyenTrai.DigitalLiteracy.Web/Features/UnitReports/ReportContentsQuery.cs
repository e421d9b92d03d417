using System.Globalization;
using Microsoft.EntityFrameworkCore;
using NguyenTrai.DigitalLiteracy.Data;
using NguyenTrai.DigitalLiteracy.Domain.Common;
using NguyenTrai.DigitalLiteracy.Domain.Entries;
using NguyenTrai.DigitalLiteracy.Domain.Evidence;
using NguyenTrai.DigitalLiteracy.Domain.Reports;
using NguyenTrai.DigitalLiteracy.Reporting.Figures;
using NguyenTrai.DigitalLiteracy.Reporting.Rules;

namespace NguyenTrai.DigitalLiteracy.Web.Features.UnitReports;

/// <summary>
/// What a unit's report for a period is about, for the staff and review pages: the report's entries (Reporting's
/// <see cref="ReportEntries"/> rule) with their evidence, the report's figures and its history. No tracking.
/// </summary>
public sealed class ReportContentsQuery(AppDbContext db, FiguresQuery figures)
{
    private static readonly CultureInfo Vi = CultureInfo.GetCultureInfo("vi-VN");

    public async Task<ReportContents> LoadAsync(int unitId, PeriodInfo period, int? reportId, UnitReportStatus? status, CancellationToken ct = default)
    {
        var entries = ReportEntries.Of(db, unitId, period);
        var training = await entries.OfType<TrainingSession>()
            .Select(e => new { e.Id, e.Title, e.Date, e.ParticipantsTotal, e.ParticipantsWomen, e.ParticipantsAged60Plus, e.ParticipantsAdults, e.AccountsCreated, e.Completions })
            .ToListAsync(ct);
        var propaganda = await entries.OfType<PropagandaActivity>()
            .Select(e => new { e.Id, e.Title, e.Date, e.Quantity, e.EstimatedReach, e.Channel })
            .ToListAsync(ct);
        var initiatives = await entries.OfType<Initiative>()
            .Select(e => new { e.Id, e.Title, e.Date, e.Status, e.EvaluationNote, e.Kind })
            .ToListAsync(ct);
        var integrations = await entries.OfType<IntegrationActivity>()
            .Select(e => new { e.Id, e.Title, e.Date, e.Reach, e.PlanName })
            .ToListAsync(ct);
        var entryIds = entries.Select(e => e.Id);
        var evidence = (await db.Attachments.AsNoTracking()
                .Where(a => entryIds.Contains(a.EntryId))
                .OrderBy(a => a.Id)
                .Select(a => new { a.Id, a.EntryId, a.Kind, a.FileName, a.Url, a.Caption, a.ContentType })
                .ToListAsync(ct))
            .ToLookup(a => a.EntryId, a => new EvidenceLink(a.Id, a.Caption ?? a.FileName ?? a.Url ?? $"Minh chứng {a.Id}", a.Kind == AttachmentKind.Link,
                a.Kind == AttachmentKind.File && a.ContentType is "image/jpeg" or "image/png", a.Kind == AttachmentKind.Link ? a.Url : null));
        IReadOnlyList<EvidenceLink> Evidence(int id) => [.. evidence[id]];

        var rows = new List<EntryRow>();
        rows.AddRange(training.Select(e => new EntryRow(e.Id, EntryType.Training, e.Title, e.Date,
            $"{N(e.ParticipantsTotal)} lượt người (từ 18 tuổi {(e.ParticipantsAdults is { } adults ? N(adults) : "chưa rõ")}, nữ {N(e.ParticipantsWomen)}, từ 60 tuổi {N(e.ParticipantsAged60Plus)}); {N(e.AccountsCreated)} tài khoản; {N(e.Completions)} hoàn thành", Evidence(e.Id))));
        rows.AddRange(propaganda.Select(e => new EntryRow(e.Id, EntryType.Propaganda, e.Title, e.Date,
            $"{e.Channel.Text()}: {N(e.Quantity)} lượt; tiếp cận {N(e.EstimatedReach ?? 0)}", Evidence(e.Id))));
        rows.AddRange(initiatives.Select(e => new EntryRow(e.Id, EntryType.Initiative, e.Title, e.Date, e.Kind.Text(), Evidence(e.Id), e.Status, e.EvaluationNote)));
        rows.AddRange(integrations.Select(e => new EntryRow(e.Id, EntryType.Integration, e.Title, e.Date,
            $"{e.PlanName}; tiếp cận {N(e.Reach ?? 0)}", Evidence(e.Id))));

        var totals = (await figures.ForReportAsync(unitId, period, reportId, status, ct)).Totals;
        var history = reportId is null
            ? []
            : await db.UnitReportTransitions.AsNoTracking().Where(t => t.UnitReportId == reportId).OrderBy(t => t.Id)
                .Select(t => new HistoryRow(t.AtUtc, t.ByName, t.FromStatus, t.ToStatus, t.Reason)).ToListAsync(ct);
        return new ReportContents([.. rows.OrderBy(r => r.Type).ThenBy(r => r.Date).ThenBy(r => r.Id)], totals, history);
    }

    private static string N(long value) => value.ToString("N0", Vi);
}
