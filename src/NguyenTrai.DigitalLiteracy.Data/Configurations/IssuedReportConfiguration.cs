using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NguyenTrai.DigitalLiteracy.Domain.Consolidation;

namespace NguyenTrai.DigitalLiteracy.Data.Configurations;

internal sealed class IssuedReportConfiguration : IEntityTypeConfiguration<IssuedReport>
{
    public void Configure(EntityTypeBuilder<IssuedReport> builder)
    {
        builder.Property(i => i.Number).HasMaxLength(FieldLengths.Label);
        builder.Property(i => i.Symbol).HasMaxLength(FieldLengths.Code);
        builder.Property(i => i.Subject).HasMaxLength(FieldLengths.Text);
        builder.Property(i => i.IssuerName).HasMaxLength(FieldLengths.Name);
        builder.Property(i => i.VerificationCode).HasMaxLength(FieldLengths.Code).IsUnicode(false);
        builder.Property(i => i.SignedWith).HasMaxLength(FieldLengths.Title);
        builder.Property(i => i.PdfSha256).HasMaxLength(FieldLengths.Sha256Hex);
        builder.Property(i => i.IssuedById).HasMaxLength(450);
        builder.Property(i => i.XlsxSha256).HasMaxLength(FieldLengths.Sha256Hex);
        builder.HasIndex(i => new { i.ConsolidatedReportId, i.Kind, i.Version }).IsUnique();
        // The văn thư register: a number is given once per symbol and year, whoever issues at the same moment.
        builder.HasIndex(i => new { i.Year, i.Symbol, i.Sequence }).IsUnique();
        builder.HasIndex(i => i.VerificationCode).IsUnique();
        builder.HasIndex(i => i.PdfSha256);
        builder.HasIndex(i => i.Number);
    }
}
