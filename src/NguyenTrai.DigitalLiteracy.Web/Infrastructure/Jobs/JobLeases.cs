using Microsoft.EntityFrameworkCore;
using NguyenTrai.DigitalLiteracy.Data;

namespace NguyenTrai.DigitalLiteracy.Web.Infrastructure.Jobs;

/// <summary>
/// Several instances, one database: a daily job runs on the one instance whose conditional UPDATE of the job's
/// lease row succeeds (one statement, atomic on SQLite and SQL Server). The lease expires, so a crashed holder does
/// not block the job for ever; a completed day is recorded so the job does not run twice that day.
/// </summary>
public sealed class JobLeases(AppDbContext db, TimeProvider clock)
{
    public async Task<bool> TryTakeAsync(string job, string holder, TimeSpan duration, DateOnly today, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var until = now + duration;
        return await db.JobLeases
            .Where(l => l.Name == job && l.LeasedUntilUtc < now && (l.LastCompletedOn == null || l.LastCompletedOn < today))
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.Holder, holder).SetProperty(l => l.LeasedUntilUtc, until), ct) == 1;
    }

    public async Task CompleteAsync(string job, string holder, DateOnly today, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await db.JobLeases.Where(l => l.Name == job && l.Holder == holder)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.LastCompletedOn, today).SetProperty(l => l.LeasedUntilUtc, now).SetProperty(l => l.Holder, (string?)null), ct);
    }

    /// <summary>A run that failed gives the lease back at once so another attempt (here or elsewhere) may follow.</summary>
    public async Task ReleaseAsync(string job, string holder, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await db.JobLeases.Where(l => l.Name == job && l.Holder == holder)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.LeasedUntilUtc, now).SetProperty(l => l.Holder, (string?)null), ct);
    }
}
