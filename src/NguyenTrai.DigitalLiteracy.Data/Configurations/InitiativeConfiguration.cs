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

        // The office's evaluation of counted initiatives is read live (it changes after approval): from each counted
        // report straight to its few initiatives, without reading the month's other entries.
        builder.HasIndex("ReportingMonth", "UnitId", "EntryType", nameof(Entry.IsDeleted), nameof(Initiative.Status));
    }
}
