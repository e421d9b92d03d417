using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NguyenTrai.DigitalLiteracy.Domain.Reports;

namespace NguyenTrai.DigitalLiteracy.Data.Configurations;

internal sealed class UnitReportTransitionConfiguration : IEntityTypeConfiguration<UnitReportTransition>
{
    public void Configure(EntityTypeBuilder<UnitReportTransition> builder)
    {
        builder.Property(t => t.ByUserId).HasMaxLength(450);
        builder.Property(t => t.ByName).HasMaxLength(FieldLengths.Name);
        builder.Property(t => t.Reason).HasMaxLength(FieldLengths.Text);
    }
}
