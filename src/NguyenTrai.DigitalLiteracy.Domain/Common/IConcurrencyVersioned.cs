namespace NguyenTrai.DigitalLiteracy.Domain.Common;

/// <summary>
/// Rows two people may edit at once. SQL Server fills <see cref="RowVersion"/> itself (rowversion);
/// on SQLite the DbContext writes a fresh value on every insert and update.
/// </summary>
public interface IConcurrencyVersioned
{
    byte[] RowVersion { get; set; }
}
