using Microsoft.EntityFrameworkCore;
using NguyenTrai.DigitalLiteracy.Domain.Common;

namespace NguyenTrai.DigitalLiteracy.Data;

/// <summary>
/// Maps <see cref="IConcurrencyVersioned.RowVersion"/>: a server-generated rowversion on SQL Server, an
/// ordinary concurrency-token column on SQLite (stamped by the context).
/// </summary>
internal static class ConcurrencyTokens
{
    public static void Configure(ModelBuilder builder, bool serverRowVersion)
    {
        foreach (var entityType in builder.Model.GetEntityTypes())
        {
            if (!typeof(IConcurrencyVersioned).IsAssignableFrom(entityType.ClrType) || entityType.BaseType is not null)
            {
                continue;
            }

            var property = builder.Entity(entityType.ClrType).Property(nameof(IConcurrencyVersioned.RowVersion));
            if (serverRowVersion)
            {
                property.IsRowVersion();
            }
            else
            {
                property.IsConcurrencyToken().IsRequired();
            }
        }
    }
}
