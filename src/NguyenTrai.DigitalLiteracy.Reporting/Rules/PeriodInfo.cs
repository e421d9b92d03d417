using NguyenTrai.DigitalLiteracy.Domain.Periods;

namespace NguyenTrai.DigitalLiteracy.Reporting.Rules;

/// <summary>What the reporting rules need to know of a period, as a no-tracking projection.</summary>
public sealed record PeriodInfo(
    int Id, PeriodKind Kind, int Year, int Number, string Name, DateOnly StartDate, DateOnly EndDate, DateOnly Deadline,
    bool RequiresUnitReports = false, bool IsClosed = false)
{
    public PeriodWindow Window => new(StartDate, EndDate);

    /// <summary>yyyyMM for monthly periods (the key of their entries and frozen figures); 0 otherwise.</summary>
    public int ReportingMonth => Kind == PeriodKind.Monthly ? (Year * 100) + Number : 0;

    public static PeriodInfo Of(ReportingPeriod p) =>
        new(p.Id, p.Kind, p.Year, p.Number, p.Name, p.StartDate, p.EndDate, p.Deadline, p.RequiresUnitReports, p.IsClosed);
}
