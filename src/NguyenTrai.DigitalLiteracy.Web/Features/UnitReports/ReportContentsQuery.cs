using System.Globalization;
using Microsoft.EntityFrameworkCore;
using NguyenTrai.DigitalLiteracy.Data;
using NguyenTrai.DigitalLiteracy.Domain.Common;
using NguyenTrai.DigitalLiteracy.Domain.Entries;
using NguyenTrai.DigitalLiteracy.Domain.Evidence;
using NguyenTrai.DigitalLiteracy.Domain.Periods;

namespace NguyenTrai.DigitalLiteracy.Web.Features.UnitReports;

/// <summary>Reads a unit's entries in a period window (no tracking, projections only) for the staff and review pages.</summary>
public sealed class ReportContentsQuery(AppDbContext db)
{
    private static readonly CultureInfo Vi = CultureInfo.GetCultureInfo("vi-VN");

    public async Task<ReportContents> LoadAsync(int unitId, ReportingPeriod period, int? reportId, CancellationToken ct = default)
    {
        var (start, end) = (period.StartDate, period.EndDate);
        var training = await db.TrainingSessions.AsNoTracking().Where(e => e.UnitId == unitId && e.Date >= start && e.Date <= end)
            .Select(e => new { e.Id, e.Title, e.Date, e.ParticipantsTotal, e.ParticipantsWomen, e.ParticipantsAged60Plus, e.AccountsCreated, e.Completions })
            .ToListAsync(ct);
        var propaganda = await db.PropagandaActivities.AsNoTracking().Where(e => e.UnitId == unitId && e.Date >= start && e.Date <= end)
            .Select(e => new { e.Id, e.Title, e.Date, e.Quantity, e.EstimatedReach, e.Channel })
            .ToListAsync(ct);
        var initiatives = await db.Initiatives.AsNoTracking().Where(e => e.UnitId == unitId && e.Date >= start && e.Date <= end)
            .Select(e => new { e.Id, e.Title, e.Date, e.Status, e.EvaluationNote, e.Kind })
            .ToListAsync(ct);
        var integrations = await db.IntegrationActivities.AsNoTracking().Where(e => e.UnitId == unitId && e.Date >= start && e.Date <= end)
            .Select(e => new { e.Id, e.Title, e.Date, e.Reach, e.PlanName })
            .ToListAsync(ct);
        var evidence = (await db.Attachments.AsNoTracking()
                .Where(a => a.Entry!.UnitId == unitId && a.Entry.Date >= start && a.Entry.Date <= end)
                .Select(a => new { a.Id, a.EntryId, a.Kind, a.FileName, a.Url, a.Caption })
                .ToListAsync(ct))
            .ToLookup(a => a.EntryId, a => new EvidenceLink(a.Id, a.Caption ?? a.FileName ?? a.Url ?? $"Minh chứng {a.Id}", a.Kind == AttachmentKind.Link));
        IReadOnlyList<EvidenceLink> Evidence(int id) => [.. evidence[id]];

        var rows = new List<EntryRow>();
        rows.AddRange(training.Select(e => new EntryRow(e.Id, EntryType.Training, e.Title, e.Date,
            $"{N(e.ParticipantsTotal)} người (nữ {N(e.ParticipantsWomen)}, từ 60 tuổi {N(e.ParticipantsAged60Plus)}); {N(e.AccountsCreated)} tài khoản; {N(e.Completions)} hoàn thành", Evidence(e.Id))));
        rows.AddRange(propaganda.Select(e => new EntryRow(e.Id, EntryType.Propaganda, e.Title, e.Date,
            $"{e.Channel.Text()}: {N(e.Quantity)} lượt; tiếp cận {N(e.EstimatedReach ?? 0)}", Evidence(e.Id))));
        rows.AddRange(initiatives.Select(e => new EntryRow(e.Id, EntryType.Initiative, e.Title, e.Date, e.Kind.Text(), Evidence(e.Id), e.Status, e.EvaluationNote)));
        rows.AddRange(integrations.Select(e => new EntryRow(e.Id, EntryType.Integration, e.Title, e.Date,
            $"{e.PlanName}; tiếp cận {N(e.Reach ?? 0)}", Evidence(e.Id))));

        var totals = new ReportTotals(
            training.Count, training.Sum(e => (long)e.ParticipantsTotal), training.Sum(e => (long)e.ParticipantsWomen), training.Sum(e => (long)e.ParticipantsAged60Plus),
            training.Sum(e => (long)e.AccountsCreated), training.Sum(e => (long)e.Completions),
            propaganda.Count, propaganda.Sum(e => (long)e.Quantity), propaganda.Sum(e => (long)(e.EstimatedReach ?? 0)),
            initiatives.Count, initiatives.Count(e => e.Status == InitiativeStatus.Selected),
            integrations.Count, integrations.Sum(e => (long)(e.Reach ?? 0)));

        var history = reportId is null
            ? []
            : await db.UnitReportTransitions.AsNoTracking().Where(t => t.UnitReportId == reportId).OrderBy(t => t.Id)
                .Select(t => new HistoryRow(t.AtUtc, t.ByName, t.FromStatus, t.ToStatus, t.Reason)).ToListAsync(ct);
        return new ReportContents([.. rows.OrderBy(r => r.Type).ThenBy(r => r.Date).ThenBy(r => r.Id)], totals, history);
    }

    private static string N(int value) => value.ToString("N0", Vi);
}
