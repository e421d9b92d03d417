using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NguyenTrai.DigitalLiteracy.Domain.Notifications;

namespace NguyenTrai.DigitalLiteracy.Data.Configurations;

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> builder)
    {
        builder.Property(n => n.UserId).HasMaxLength(450);
        builder.Property(n => n.Title).HasMaxLength(FieldLengths.Title);
        builder.Property(n => n.Message).HasMaxLength(FieldLengths.Text);
        builder.Property(n => n.Link).HasMaxLength(FieldLengths.Url);
        builder.HasIndex(n => new { n.UserId, n.ReadAtUtc });
    }
}
