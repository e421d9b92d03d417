using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NguyenTrai.DigitalLiteracy.Data.Jobs;

namespace NguyenTrai.DigitalLiteracy.Data.Configurations;

internal sealed class JobLeaseConfiguration : IEntityTypeConfiguration<JobLease>
{
    public void Configure(EntityTypeBuilder<JobLease> builder)
    {
        builder.HasKey(l => l.Name);
        builder.Property(l => l.Name).HasMaxLength(FieldLengths.Label);
        builder.Property(l => l.Holder).HasMaxLength(FieldLengths.Name);
        // The row must exist before two instances race to take it: created with the table.
        builder.HasData(new JobLease { Name = JobLease.DeadlineReminders, LeasedUntilUtc = DateTime.MinValue });
    }
}
