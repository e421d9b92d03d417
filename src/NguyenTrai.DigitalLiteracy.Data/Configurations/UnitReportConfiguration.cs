using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NguyenTrai.DigitalLiteracy.Domain.Reports;

namespace NguyenTrai.DigitalLiteracy.Data.Configurations;

internal sealed class UnitReportConfiguration : IEntityTypeConfiguration<UnitReport>
{
    public void Configure(EntityTypeBuilder<UnitReport> builder)
    {
        builder.Property(r => r.Highlights).HasMaxLength(FieldLengths.Text);
        builder.Property(r => r.Difficulties).HasMaxLength(FieldLengths.Text);
        builder.Property(r => r.Proposals).HasMaxLength(FieldLengths.Text);
        builder.Property(r => r.ReturnReason).HasMaxLength(FieldLengths.Text);
        builder.Property(r => r.SubmittedById).HasMaxLength(450);
        builder.Property(r => r.ReviewedById).HasMaxLength(450);
        builder.HasIndex(r => new { r.ReportingPeriodId, r.UnitId }).IsUnique();
        builder.HasIndex(r => new { r.UnitId, r.Status });
        builder.HasOne(r => r.Unit).WithMany().HasForeignKey(r => r.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(r => r.ReportingPeriod).WithMany().HasForeignKey(r => r.ReportingPeriodId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(r => r.History).WithOne().HasForeignKey(t => t.UnitReportId).OnDelete(DeleteBehavior.Cascade);
        builder.Ignore(r => r.FreezesEntries);
        builder.Ignore(r => r.CanBeEditedByUnit);
        builder.Ignore(r => r.SubmissionCount);
    }
}
