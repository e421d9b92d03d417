using NguyenTrai.DigitalLiteracy.Domain.Common;

namespace NguyenTrai.DigitalLiteracy.Domain.Periods;

/// <summary>An inclusive range of days over which figures are counted.</summary>
public readonly record struct PeriodWindow
{
    public PeriodWindow(DateOnly start, DateOnly end)
    {
        if (end < start)
        {
            throw new DomainRuleException("Ngày kết thúc không được trước ngày bắt đầu.");
        }

        Start = start;
        End = end;
    }

    public DateOnly Start { get; }
    public DateOnly End { get; }

    public bool Contains(DateOnly day) => Start <= day && day <= End;

    public bool Overlaps(PeriodWindow other) => Start <= other.End && other.Start <= End;

    public override string ToString() => $"{Start:dd/MM/yyyy} - {End:dd/MM/yyyy}";
}
