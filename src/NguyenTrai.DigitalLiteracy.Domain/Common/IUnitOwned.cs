namespace NguyenTrai.DigitalLiteracy.Domain.Common;

/// <summary>Data that belongs to one unit: its staff may act on it, other units' staff may not.</summary>
public interface IUnitOwned
{
    int UnitId { get; }
}
