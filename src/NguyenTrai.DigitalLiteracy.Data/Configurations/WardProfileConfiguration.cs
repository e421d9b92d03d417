using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NguyenTrai.DigitalLiteracy.Domain.Profile;

namespace NguyenTrai.DigitalLiteracy.Data.Configurations;

internal sealed class WardProfileConfiguration : IEntityTypeConfiguration<WardProfile>
{
    public void Configure(EntityTypeBuilder<WardProfile> builder)
    {
        builder.Property(p => p.Id).ValueGeneratedNever();
        foreach (var name in new[]
        {
            nameof(WardProfile.CommuneName), nameof(WardProfile.ParentName), nameof(WardProfile.PlaceName), nameof(WardProfile.PortalTitle),
            nameof(WardProfile.ParentCommitteeName), nameof(WardProfile.CommitteeName), nameof(WardProfile.OfficeName),
            nameof(WardProfile.CitySignerName), nameof(WardProfile.CitySignerPosition), nameof(WardProfile.WardSignerName),
            nameof(WardProfile.WardSignerPosition), nameof(WardProfile.UpdatedByName),
        })
        {
            builder.Property(name).HasMaxLength(FieldLengths.Name);
        }

        foreach (var name in new[] { nameof(WardProfile.CommitteeAbbreviation), nameof(WardProfile.OfficeAbbreviation), nameof(WardProfile.CommitteeSymbol), nameof(WardProfile.OfficeSymbol) })
        {
            builder.Property(name).HasMaxLength(FieldLengths.Code);
        }

        foreach (var name in new[] { nameof(WardProfile.CityAuthorityLines), nameof(WardProfile.WardAuthorityLines), nameof(WardProfile.CityRecipients), nameof(WardProfile.WardRecipients), nameof(WardProfile.DirectingLetter) })
        {
            builder.Property(name).HasMaxLength(FieldLengths.Text);
        }

        builder.Ignore(p => p.CommitteeFullName);
    }
}
