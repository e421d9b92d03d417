using Microsoft.EntityFrameworkCore;
using NguyenTrai.DigitalLiteracy.Data;
using NguyenTrai.DigitalLiteracy.Domain.Consolidation;
using NguyenTrai.DigitalLiteracy.Domain.Profile;

namespace NguyenTrai.DigitalLiteracy.Reporting.Documents;

/// <summary>
/// The commune's profile as documents read it: one small no-tracking query per document, so an edit by the
/// administrator shows in the next preview on every instance.
/// </summary>
public sealed class WardProfileStore(AppDbContext db)
{
    public const string Missing = "Chưa có thông tin địa phương (tên phường, xã, cơ quan ban hành, người ký). Quản trị hệ thống cần nhập tại mục \"Thông tin địa phương\".";

    public async Task<WardProfile> GetAsync(CancellationToken ct = default) =>
        await db.WardProfiles.AsNoTracking().FirstOrDefaultAsync(p => p.Id == WardProfile.SingletonId, ct)
        ?? throw new InvalidOperationException(Missing);

    public async Task<Letterhead> LetterheadAsync(ReportAudience audience, CancellationToken ct = default) =>
        Letterhead.For(await GetAsync(ct), audience);
}
