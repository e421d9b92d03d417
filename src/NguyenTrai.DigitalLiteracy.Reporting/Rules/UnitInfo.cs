using NguyenTrai.DigitalLiteracy.Domain.Units;

namespace NguyenTrai.DigitalLiteracy.Reporting.Rules;

/// <summary>What the reporting rules need to know of a unit, as a no-tracking projection.</summary>
public sealed record UnitInfo(int Id, string Code, string Name, UnitKind Kind, DateOnly ActiveFrom, DateOnly? ActiveTo, bool SubmitsReports = true)
{
    public static UnitInfo Of(Unit u) => new(u.Id, u.Code, u.Name, u.Kind, u.ActiveFrom, u.ActiveTo, u.SubmitsReports);
}
