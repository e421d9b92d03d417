using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using NguyenTrai.DigitalLiteracy.Data.Identity;
using NguyenTrai.DigitalLiteracy.Data.Jobs;
using NguyenTrai.DigitalLiteracy.Domain.Auditing;
using NguyenTrai.DigitalLiteracy.Domain.Campaigns;
using NguyenTrai.DigitalLiteracy.Domain.Common;
using NguyenTrai.DigitalLiteracy.Domain.Consolidation;
using NguyenTrai.DigitalLiteracy.Domain.Entries;
using NguyenTrai.DigitalLiteracy.Domain.Evidence;
using NguyenTrai.DigitalLiteracy.Domain.Notifications;
using NguyenTrai.DigitalLiteracy.Domain.Periods;
using NguyenTrai.DigitalLiteracy.Domain.Profile;
using NguyenTrai.DigitalLiteracy.Domain.Reports;
using NguyenTrai.DigitalLiteracy.Domain.Targets;
using NguyenTrai.DigitalLiteracy.Domain.Units;

namespace NguyenTrai.DigitalLiteracy.Data;

/// <summary>The one context of the portal, Identity and Data Protection keys included.</summary>
public class AppDbContext(DbContextOptions<AppDbContext> options)
    : IdentityDbContext<ApplicationUser>(options), IDataProtectionKeyContext
{
    public DbSet<Unit> Units => Set<Unit>();
    public DbSet<Campaign> Campaigns => Set<Campaign>();
    public DbSet<ReportingPeriod> ReportingPeriods => Set<ReportingPeriod>();
    public DbSet<UnitReport> UnitReports => Set<UnitReport>();
    public DbSet<UnitReportTransition> UnitReportTransitions => Set<UnitReportTransition>();
    public DbSet<ApprovedFigure> ApprovedFigures => Set<ApprovedFigure>();
    public DbSet<Entry> Entries => Set<Entry>();
    public DbSet<PropagandaActivity> PropagandaActivities => Set<PropagandaActivity>();
    public DbSet<TrainingSession> TrainingSessions => Set<TrainingSession>();
    public DbSet<Initiative> Initiatives => Set<Initiative>();
    public DbSet<IntegrationActivity> IntegrationActivities => Set<IntegrationActivity>();
    public DbSet<Attachment> Attachments => Set<Attachment>();
    public DbSet<StoredFile> StoredFiles => Set<StoredFile>();
    public DbSet<Target> Targets => Set<Target>();
    public DbSet<WardSetting> WardSettings => Set<WardSetting>();
    public DbSet<WardProfile> WardProfiles => Set<WardProfile>();
    public DbSet<ConsolidatedReport> ConsolidatedReports => Set<ConsolidatedReport>();
    public DbSet<IssuedReport> IssuedReports => Set<IssuedReport>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<Notification> Notifications => Set<Notification>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    public DbSet<AuthSession> AuthSessions => Set<AuthSession>();
    public DbSet<JobLease> JobLeases => Set<JobLease>();
    public DbSet<DeadlineReminder> DeadlineReminders => Set<DeadlineReminder>();

    private bool UsesServerRowVersion => Database.ProviderName == "Microsoft.EntityFrameworkCore.SqlServer";

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
        ConcurrencyTokens.Configure(builder, UsesServerRowVersion);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        StampVersions();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        StampVersions();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    /// <summary>SQLite has no rowversion: the application writes a new token on every insert and update.</summary>
    private void StampVersions()
    {
        if (UsesServerRowVersion)
        {
            return;
        }

        foreach (var entry in ChangeTracker.Entries<IConcurrencyVersioned>())
        {
            if (entry.State is EntityState.Added or EntityState.Modified)
            {
                entry.Entity.RowVersion = Guid.NewGuid().ToByteArray();
            }
        }
    }
}
