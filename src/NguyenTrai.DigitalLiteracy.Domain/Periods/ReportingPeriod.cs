using NguyenTrai.DigitalLiteracy.Domain.Common;

namespace NguyenTrai.DigitalLiteracy.Domain.Periods;

/// <summary>A reporting period: a counting window, a deadline and whether entries in it may still change.</summary>
public class ReportingPeriod : IConcurrencyVersioned
{
    public int Id { get; set; }
    public PeriodKind Kind { get; set; }
    public int Year { get; set; }

    /// <summary>Month 1-12, quarter 1-4, or a running number for ad hoc and thematic periods.</summary>
    public int Number { get; set; }

    public string Name { get; set; } = "";
    public DateOnly StartDate { get; set; }
    public DateOnly EndDate { get; set; }
    public DateOnly Deadline { get; set; }
    /// <summary>
    /// Units report monthly, and on thematic periods the office marks so; cumulative periods (quarter, half-year,
    /// nine months, year) and ad hoc windows are consolidated by the office and are never a unit's obligation.
    /// </summary>
    public bool RequiresUnitReports { get; set; }

    public bool IsClosed { get; set; }
    public DateTime? ClosedAtUtc { get; set; }
    public string? ClosedBy { get; set; }
    public byte[] RowVersion { get; set; } = [];

    public PeriodWindow Window => new(StartDate, EndDate);

    /// <summary>Half-year, nine-month and annual reports accumulate from the start of the reporting year.</summary>
    public bool IsCumulative => Kind is PeriodKind.HalfYear or PeriodKind.NineMonths or PeriodKind.Annual;

    public bool Contains(DateOnly day) => StartDate <= day && day <= EndDate;

    public static ReportingPeriod Create(PeriodKind kind, int year, int number, PeriodWindow window, DateOnly deadline, string? name = null)
    {
        if (deadline <= window.End)
        {
            throw new DomainRuleException("Hạn nộp báo cáo phải sau ngày chốt số liệu ít nhất một ngày làm việc.");
        }

        return new ReportingPeriod
        {
            Kind = kind,
            Year = year,
            Number = number,
            Name = name ?? PeriodNames.Of(kind, year, number),
            StartDate = window.Start,
            EndDate = window.End,
            Deadline = deadline,
            RequiresUnitReports = kind == PeriodKind.Monthly,
        };
    }

    /// <summary>All standard periods of a year (12 months, 4 quarters, half-year, nine months, year).</summary>
    public static IReadOnlyList<ReportingPeriod> GenerateYear(int year, int deadlineWorkingDays = 2)
    {
        var periods = new List<ReportingPeriod>(19);
        void Add(PeriodKind kind, int number, PeriodWindow window) =>
            periods.Add(Create(kind, year, number, window, Decree09Calendar.DefaultDeadline(window.End, deadlineWorkingDays)));

        for (var month = 1; month <= 12; month++)
        {
            Add(PeriodKind.Monthly, month, Decree09Calendar.Monthly(year, month));
        }

        for (var quarter = 1; quarter <= 4; quarter++)
        {
            Add(PeriodKind.Quarterly, quarter, Decree09Calendar.Quarterly(year, quarter));
        }

        Add(PeriodKind.HalfYear, 0, Decree09Calendar.HalfYear(year));
        Add(PeriodKind.NineMonths, 0, Decree09Calendar.NineMonths(year));
        Add(PeriodKind.Annual, 0, Decree09Calendar.Annual(year));
        return periods;
    }

    public void ChangeDeadline(DateOnly deadline)
    {
        if (deadline <= EndDate)
        {
            throw new DomainRuleException("Hạn nộp báo cáo phải sau ngày chốt số liệu.");
        }

        Deadline = deadline;
    }

    public void Close(string by, DateTime nowUtc)
    {
        if (IsClosed)
        {
            throw new DomainRuleException("Kỳ báo cáo đã được khóa trước đó.");
        }

        IsClosed = true;
        ClosedAtUtc = nowUtc;
        ClosedBy = by;
    }

    public void Reopen()
    {
        if (!IsClosed)
        {
            throw new DomainRuleException("Kỳ báo cáo đang mở.");
        }

        IsClosed = false;
        ClosedAtUtc = null;
        ClosedBy = null;
    }
}
