using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NguyenTrai.DigitalLiteracy.Domain.Entries;

namespace NguyenTrai.DigitalLiteracy.Data.Configurations;

internal sealed class PropagandaActivityConfiguration : IEntityTypeConfiguration<PropagandaActivity>
{
    public void Configure(EntityTypeBuilder<PropagandaActivity> builder)
    {
        builder.Property(p => p.Place).HasColumnName("Place").HasMaxLength(FieldLengths.Title);
        builder.Property(p => p.ContentSummary).HasMaxLength(FieldLengths.Text);
    }
}
