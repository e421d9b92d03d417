using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NguyenTrai.DigitalLiteracy.Domain.Periods;

namespace NguyenTrai.DigitalLiteracy.Data.Configurations;

internal sealed class ReportingPeriodConfiguration : IEntityTypeConfiguration<ReportingPeriod>
{
    public void Configure(EntityTypeBuilder<ReportingPeriod> builder)
    {
        builder.Property(p => p.Name).HasMaxLength(FieldLengths.Name);
        builder.Property(p => p.ClosedBy).HasMaxLength(FieldLengths.Name);
        builder.HasIndex(p => new { p.Kind, p.Year, p.Number }).IsUnique();
        builder.HasIndex(p => new { p.StartDate, p.EndDate });
        builder.Ignore(p => p.Window);
        builder.Ignore(p => p.IsCumulative);
    }
}
