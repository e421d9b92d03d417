using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NguyenTrai.DigitalLiteracy.Domain.Entries;

namespace NguyenTrai.DigitalLiteracy.Data.Configurations;

/// <summary>
/// The four entry types share one table (table-per-hierarchy): evidence, campaigns and the audit trail point
/// at one key space, and the dashboard aggregates them with one indexed scan.
/// </summary>
internal sealed class EntryConfiguration : IEntityTypeConfiguration<Entry>
{
    public void Configure(EntityTypeBuilder<Entry> builder)
    {
        builder.ToTable("Entries");
        builder.HasDiscriminator<EntryType>("EntryType")
            .HasValue<PropagandaActivity>(EntryType.Propaganda)
            .HasValue<TrainingSession>(EntryType.Training)
            .HasValue<Initiative>(EntryType.Initiative)
            .HasValue<IntegrationActivity>(EntryType.Integration);
        builder.Ignore(e => e.Type);
        builder.Property(e => e.Title).HasMaxLength(FieldLengths.Title);
        builder.Property(e => e.Date);
        builder.Property(e => e.ReportingMonth);
        builder.Property(e => e.CreatedById).HasMaxLength(450);
        builder.Property(e => e.UpdatedById).HasMaxLength(450);
        builder.Property(e => e.DeletedById).HasMaxLength(450);
        builder.HasQueryFilter(e => !e.IsDeleted);
        builder.HasOne(e => e.Unit).WithMany().HasForeignKey(e => e.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(e => e.Campaigns).WithMany().UsingEntity("EntryCampaigns");
        builder.HasMany(e => e.Attachments).WithOne(a => a.Entry).HasForeignKey(a => a.EntryId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(e => new { e.UnitId, e.Date });
        builder.HasIndex(e => new { e.Date, e.UnitId });
        builder.HasIndex(e => new { e.ReportingMonth, e.UnitId });
    }
}
