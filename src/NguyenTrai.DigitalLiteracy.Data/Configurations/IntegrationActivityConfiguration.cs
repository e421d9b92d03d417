using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NguyenTrai.DigitalLiteracy.Domain.Entries;

namespace NguyenTrai.DigitalLiteracy.Data.Configurations;

internal sealed class IntegrationActivityConfiguration : IEntityTypeConfiguration<IntegrationActivity>
{
    public void Configure(EntityTypeBuilder<IntegrationActivity> builder)
    {
        builder.Property(i => i.PlanName).HasMaxLength(FieldLengths.Title);
        builder.Property(i => i.OrganisingBody).HasMaxLength(FieldLengths.Name);
        builder.Property(i => i.Content).HasMaxLength(FieldLengths.Text);
    }
}
