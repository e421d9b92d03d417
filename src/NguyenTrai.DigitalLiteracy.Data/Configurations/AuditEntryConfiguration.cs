using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NguyenTrai.DigitalLiteracy.Domain.Auditing;

namespace NguyenTrai.DigitalLiteracy.Data.Configurations;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.Property(a => a.UserId).HasMaxLength(450);
        builder.Property(a => a.UserName).HasMaxLength(FieldLengths.Name);
        builder.Property(a => a.Action).HasMaxLength(FieldLengths.Label);
        builder.Property(a => a.EntityType).HasMaxLength(FieldLengths.Label);
        builder.Property(a => a.EntityId).HasMaxLength(FieldLengths.Label);
        builder.Property(a => a.Summary).HasMaxLength(FieldLengths.Text);
        builder.HasIndex(a => new { a.EntityType, a.EntityId });
        builder.HasIndex(a => a.AtUtc);
    }
}
