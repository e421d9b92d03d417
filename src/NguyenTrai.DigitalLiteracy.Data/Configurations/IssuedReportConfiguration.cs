using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NguyenTrai.DigitalLiteracy.Domain.Consolidation;

namespace NguyenTrai.DigitalLiteracy.Data.Configurations;

internal sealed class IssuedReportConfiguration : IEntityTypeConfiguration<IssuedReport>
{
    public void Configure(EntityTypeBuilder<IssuedReport> builder)
    {
        builder.Property(i => i.Number).HasMaxLength(FieldLengths.Label);
        builder.Property(i => i.PdfSha256).HasMaxLength(FieldLengths.Sha256Hex);
        builder.Property(i => i.IssuedById).HasMaxLength(450);
        builder.Property(i => i.XlsxSha256).HasMaxLength(FieldLengths.Sha256Hex);
        builder.HasIndex(i => new { i.ConsolidatedReportId, i.Version }).IsUnique();
        builder.HasIndex(i => i.PdfSha256);
        builder.HasIndex(i => i.Number);
    }
}
