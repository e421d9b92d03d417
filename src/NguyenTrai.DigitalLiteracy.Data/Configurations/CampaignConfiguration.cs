using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NguyenTrai.DigitalLiteracy.Domain.Campaigns;

namespace NguyenTrai.DigitalLiteracy.Data.Configurations;

internal sealed class CampaignConfiguration : IEntityTypeConfiguration<Campaign>
{
    public void Configure(EntityTypeBuilder<Campaign> builder)
    {
        builder.Property(c => c.Code).HasMaxLength(FieldLengths.Code);
        builder.Property(c => c.Name).HasMaxLength(FieldLengths.Name);
        builder.Property(c => c.Description).HasMaxLength(FieldLengths.Text);
        builder.HasIndex(c => c.Code).IsUnique();
    }
}
