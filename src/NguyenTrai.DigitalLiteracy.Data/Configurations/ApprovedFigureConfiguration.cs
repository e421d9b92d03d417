using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NguyenTrai.DigitalLiteracy.Domain.Reports;

namespace NguyenTrai.DigitalLiteracy.Data.Configurations;

internal sealed class ApprovedFigureConfiguration : IEntityTypeConfiguration<ApprovedFigure>
{
    public const int KeyLength = 64;

    public void Configure(EntityTypeBuilder<ApprovedFigure> builder)
    {
        builder.Property(f => f.Key).HasMaxLength(KeyLength).IsUnicode(false);
        builder.HasOne<UnitReport>().WithMany().HasForeignKey(f => f.UnitReportId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(f => new { f.UnitReportId, f.Key }).IsUnique();

        // Period figures read months x keys (x units): the index holds every column they need, so the sums never
        // touch the table (a covering index on both providers).
        builder.HasIndex(f => new { f.ReportingMonth, f.Key, f.UnitId, f.Value });
    }
}
