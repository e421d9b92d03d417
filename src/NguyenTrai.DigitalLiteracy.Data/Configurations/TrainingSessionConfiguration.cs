using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NguyenTrai.DigitalLiteracy.Domain.Entries;

namespace NguyenTrai.DigitalLiteracy.Data.Configurations;

internal sealed class TrainingSessionConfiguration : IEntityTypeConfiguration<TrainingSession>
{
    public void Configure(EntityTypeBuilder<TrainingSession> builder)
    {
        // Shares the "Place" column with propaganda activities: same meaning, one column.
        builder.Property(t => t.Place).HasColumnName("Place").HasMaxLength(FieldLengths.Title);
        builder.Property(t => t.DurationHours).HasPrecision(6, 2);
        builder.Property(t => t.Instructors).HasMaxLength(FieldLengths.Title);
    }
}
