using Microsoft.AspNetCore.Authorization;
using NguyenTrai.DigitalLiteracy.Data;
using NguyenTrai.DigitalLiteracy.Web.Infrastructure;
using NguyenTrai.DigitalLiteracy.Reporting.Rules;

namespace NguyenTrai.DigitalLiteracy.Web.Features.Entries;

/// <summary>What every entry controller needs, in one constructor argument.</summary>
public sealed record EntryServices(
    AppDbContext Db,
    IAuthorizationService Authorization,
    CurrentUser User,
    EntryChangeGuard Guard,
    WardClock Clock,
    EntryLookups Lookups,
    AuditTrail Audit,
    Evidence.EvidenceService Evidence);

public static class EntriesRegistration
{
    public static IServiceCollection AddEntries(this IServiceCollection services) => services
        .AddScoped<EntryServices>()
        .AddScoped<EntryLookups>()
        .AddScoped<AuditTrail>();
}
