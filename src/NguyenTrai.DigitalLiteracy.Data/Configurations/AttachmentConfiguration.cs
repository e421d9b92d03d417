using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NguyenTrai.DigitalLiteracy.Domain.Evidence;

namespace NguyenTrai.DigitalLiteracy.Data.Configurations;

internal sealed class AttachmentConfiguration : IEntityTypeConfiguration<Attachment>
{
    public void Configure(EntityTypeBuilder<Attachment> builder)
    {
        builder.Property(a => a.FileName).HasMaxLength(FieldLengths.Name);
        builder.Property(a => a.ContentType).HasMaxLength(FieldLengths.Label);
        builder.Property(a => a.Sha256).HasMaxLength(FieldLengths.Sha256Hex);
        builder.Property(a => a.StorageKey).HasMaxLength(FieldLengths.Label);
        builder.Property(a => a.ThumbnailKey).HasMaxLength(FieldLengths.Label);
        builder.Property(a => a.Url).HasMaxLength(FieldLengths.Url);
        builder.Property(a => a.Caption).HasMaxLength(FieldLengths.Title);
        builder.Property(a => a.UploadedById).HasMaxLength(450);
        builder.Ignore(a => a.IsImage);
        // Evidence of a soft-deleted entry is hidden with it.
        builder.HasQueryFilter(a => !a.Entry!.IsDeleted);
    }
}
