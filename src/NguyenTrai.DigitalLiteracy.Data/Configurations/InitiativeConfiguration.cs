using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NguyenTrai.DigitalLiteracy.Domain.Entries;

namespace NguyenTrai.DigitalLiteracy.Data.Configurations;

internal sealed class InitiativeConfiguration : IEntityTypeConfiguration<Initiative>
{
    public void Configure(EntityTypeBuilder<Initiative> builder)
    {
        builder.Property(i => i.ProposerName).HasMaxLength(FieldLengths.Name);
        builder.Property(i => i.ProposerContact).HasMaxLength(FieldLengths.Name);
        builder.Property(i => i.Description).HasMaxLength(FieldLengths.Text);
        builder.Property(i => i.Results).HasMaxLength(FieldLengths.Text);
        builder.Property(i => i.EvaluationNote).HasMaxLength(FieldLengths.Text);
        builder.Property(i => i.EvaluatedById).HasMaxLength(450);
    }
}
