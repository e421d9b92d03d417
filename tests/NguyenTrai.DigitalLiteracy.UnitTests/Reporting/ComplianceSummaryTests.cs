using NguyenTrai.DigitalLiteracy.Domain.Periods;
using NguyenTrai.DigitalLiteracy.Domain.Reports;
using NguyenTrai.DigitalLiteracy.Domain.Units;
using NguyenTrai.DigitalLiteracy.Reporting.Compliance;
using NguyenTrai.DigitalLiteracy.Reporting.Rules;

namespace NguyenTrai.DigitalLiteracy.UnitTests.Reporting;

/// <summary>Percentages are over reports whose deadline has come; reports not yet due stand apart.</summary>
public sealed class ComplianceSummaryTests
{
    private static readonly DateOnly Today = new(2026, 11, 29);
    private static readonly PeriodInfo November = Month(11); // deadline 17/11/2026: due
    private static readonly PeriodInfo December = Month(12); // deadline 16/12/2026: not due

    [Fact]
    public void Counts_each_state_once_and_keeps_not_due_reports_out_of_percentages()
    {
        var obligations = new[]
        {
            Owed(November, UnitReportStatus.Approved, sentOn: new(2026, 11, 16)),  // on time
            Owed(November, UnitReportStatus.Approved, sentOn: new(2026, 11, 20)),  // late
            Owed(November, UnitReportStatus.Returned, sentOn: new(2026, 11, 17)),  // on time, returned
            Owed(November, UnitReportStatus.Submitted, sentOn: new(2026, 11, 25)), // late, awaiting review
            Owed(November, UnitReportStatus.Draft, sentOn: null),                  // overdue
            Owed(November, null, sentOn: null),                                    // overdue, never started
            Owed(December, UnitReportStatus.Submitted, sentOn: new(2026, 11, 28)), // not due, already sent
            Owed(December, null, sentOn: null),                                    // not due
        };

        var s = ComplianceSummary.Of(obligations);

        Assert.Equal((8, 2, 6), (s.Expected, s.NotDue, s.Due));
        Assert.Equal((4, 2, 2), (s.Sent, s.OnTime, s.Late));
        Assert.Equal((2, 1, 1, 2), (s.Approved, s.AwaitingReview, s.Returned, s.NotSent));
        Assert.Equal(66.7m, s.SentPercent);
        Assert.Equal(33.3m, s.OnTimePercent);
        Assert.False(s.IsComplete);
    }

    [Fact]
    public void Nothing_due_gives_no_percentage_rather_than_zero()
    {
        var s = ComplianceSummary.Of([Owed(December, null, sentOn: null)]);

        Assert.Equal(0, s.Due);
        Assert.Null(s.SentPercent);
        Assert.Null(s.ApprovedPercent);
    }

    private static PeriodInfo Month(int month)
    {
        var window = Decree09Calendar.Monthly(2026, month);
        return PeriodInfo.Of(ReportingPeriod.Create(PeriodKind.Monthly, 2026, month, window, Decree09Calendar.DefaultDeadline(window.End)));
    }

    private static Obligation Owed(PeriodInfo period, UnitReportStatus? status, DateOnly? sentOn)
    {
        DateTime? sent = sentOn is { } d ? d.ToDateTime(new TimeOnly(3, 0), DateTimeKind.Utc) : null;
        var unit = new UnitInfo(1, "U", "Đơn vị", UnitKind.ResidentialGroup, new DateOnly(2020, 1, 1), null);
        return new Obligation(unit, period, status is null ? null : 1, status, sent, sent, Deadlines.IsDue(period.Deadline, Today))
        {
            Timing = Deadlines.Of(period.Deadline, Today, sent),
        };
    }
}
