using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NguyenTrai.DigitalLiteracy.Domain.Targets;

namespace NguyenTrai.DigitalLiteracy.Data.Configurations;

internal sealed class WardSettingConfiguration : IEntityTypeConfiguration<WardSetting>
{
    public void Configure(EntityTypeBuilder<WardSetting> builder)
    {
        builder.HasKey(s => s.Key);
        builder.Property(s => s.Key).HasMaxLength(FieldLengths.Label);
        builder.Property(s => s.Value).HasMaxLength(FieldLengths.Text);
    }
}
