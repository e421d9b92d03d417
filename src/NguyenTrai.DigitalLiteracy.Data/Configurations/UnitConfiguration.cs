using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NguyenTrai.DigitalLiteracy.Domain.Units;

namespace NguyenTrai.DigitalLiteracy.Data.Configurations;

internal sealed class UnitConfiguration : IEntityTypeConfiguration<Unit>
{
    public void Configure(EntityTypeBuilder<Unit> builder)
    {
        builder.Property(u => u.Code).HasMaxLength(FieldLengths.Code);
        builder.Property(u => u.Name).HasMaxLength(FieldLengths.Name);
        builder.Property(u => u.Address).HasMaxLength(FieldLengths.Name);
        builder.Property(u => u.ContactPhone).HasMaxLength(FieldLengths.Phone);
        builder.Property(u => u.DocumentSymbol).HasMaxLength(FieldLengths.Code);
        builder.Property(u => u.HeadName).HasMaxLength(FieldLengths.Name);
        builder.Property(u => u.HeadPosition).HasMaxLength(FieldLengths.Name);
        builder.HasIndex(u => u.Code).IsUnique();
        builder.Ignore(u => u.IsClosed);
        builder.Ignore(u => u.ReportSymbol);
    }
}
