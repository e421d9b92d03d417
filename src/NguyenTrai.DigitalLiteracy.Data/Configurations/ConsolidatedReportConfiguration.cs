using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NguyenTrai.DigitalLiteracy.Domain.Consolidation;

namespace NguyenTrai.DigitalLiteracy.Data.Configurations;

internal sealed class ConsolidatedReportConfiguration : IEntityTypeConfiguration<ConsolidatedReport>
{
    // Drafted sections can be long: unit narratives are merged into them.
    private const int SectionLength = 20000;

    public void Configure(EntityTypeBuilder<ConsolidatedReport> builder)
    {
        builder.Property(r => r.Subject).HasMaxLength(FieldLengths.Text);
        builder.Property(r => r.SectionDirection).HasMaxLength(SectionLength);
        builder.Property(r => r.SectionResults).HasMaxLength(SectionLength);
        builder.Property(r => r.SectionAssessment).HasMaxLength(SectionLength);
        builder.Property(r => r.SectionLimitations).HasMaxLength(SectionLength);
        builder.Property(r => r.SectionNextTasks).HasMaxLength(SectionLength);
        builder.Property(r => r.SectionProposals).HasMaxLength(SectionLength);
        builder.Property(r => r.Recipients).HasMaxLength(FieldLengths.Text);
        builder.Property(r => r.SignerName).HasMaxLength(FieldLengths.Name);
        builder.Property(r => r.CreatedById).HasMaxLength(450);
        builder.Property(r => r.SentById).HasMaxLength(450);
        builder.Property(r => r.ReviewedById).HasMaxLength(450);
        builder.Property(r => r.ReviewedByName).HasMaxLength(FieldLengths.Name);
        builder.Property(r => r.LeadershipComment).HasMaxLength(FieldLengths.Text);
        builder.Property(r => r.ApprovedFigures).HasMaxLength(FieldLengths.Sha256Hex);
        builder.Property(r => r.FiguresSeenJson);
        builder.HasOne(r => r.ReportingPeriod).WithMany().HasForeignKey(r => r.ReportingPeriodId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(r => r.Campaigns).WithMany().UsingEntity("ConsolidatedReportCampaigns");
        builder.HasMany(r => r.Issues).WithOne(i => i.ConsolidatedReport).HasForeignKey(i => i.ConsolidatedReportId).OnDelete(DeleteBehavior.Restrict);
    }
}
