using NguyenTrai.DigitalLiteracy.Domain.Common;
using NguyenTrai.DigitalLiteracy.Domain.Reports;

namespace NguyenTrai.DigitalLiteracy.UnitTests.Reports;

/// <summary>The unit report state machine: every allowed move and every refused one.</summary>
public sealed class UnitReportTransitionTests
{
    private static readonly DateTime T0 = new(2026, 12, 10, 2, 0, 0, DateTimeKind.Utc);
    private static readonly ReportActor Staff = new("staff-1", "Phạm Thị Lan", T0);
    private static readonly ReportActor Office = new("office-1", "Trần Thị Hoa", T0.AddHours(3));

    private static UnitReport InState(UnitReportStatus status)
    {
        var report = UnitReport.Start(7, 11);
        if (status == UnitReportStatus.Draft)
        {
            return report;
        }

        report.Submit(Staff);
        switch (status)
        {
            case UnitReportStatus.Returned:
                report.Return(Office, "Thiếu minh chứng");
                break;
            case UnitReportStatus.Approved:
                report.Approve(Office);
                break;
        }

        return report;
    }

    [Fact]
    public void Draft_to_submitted_records_who_and_when_first_and_last()
    {
        var report = InState(UnitReportStatus.Draft);

        report.Submit(Staff);

        Assert.Equal(UnitReportStatus.Submitted, report.Status);
        Assert.Equal(T0, report.SubmittedAtUtc);
        Assert.Equal(T0, report.FirstSubmittedAtUtc);
        Assert.Equal(1, report.SubmissionCount);
        Assert.Equal("staff-1", report.SubmittedById);
        var step = Assert.Single(report.History);
        Assert.Equal((UnitReportStatus?)UnitReportStatus.Draft, step.FromStatus);
        Assert.Equal(UnitReportStatus.Submitted, step.ToStatus);
        Assert.Equal("Phạm Thị Lan", step.ByName);
        Assert.True(report.FreezesEntries);
    }

    [Fact]
    public void Returned_to_submitted_on_resubmission()
    {
        var report = InState(UnitReportStatus.Returned);

        report.Submit(Staff with { AtUtc = T0.AddDays(1) });

        Assert.Equal(UnitReportStatus.Submitted, report.Status);
        Assert.Equal(3, report.History.Count);
        // On time or late is judged on the first submission: a resubmission after a return never changes it.
        Assert.Equal(T0, report.FirstSubmittedAtUtc);
        Assert.Equal(T0.AddDays(1), report.SubmittedAtUtc);
        Assert.Equal(2, report.SubmissionCount);
        Assert.Equal((UnitReportStatus?)UnitReportStatus.Returned, report.History.Last().FromStatus);
    }

    [Fact]
    public void Submitted_to_approved_clears_an_old_return_reason()
    {
        var report = InState(UnitReportStatus.Returned);
        report.Submit(Staff);

        report.Approve(Office);

        Assert.Equal(UnitReportStatus.Approved, report.Status);
        Assert.Null(report.ReturnReason);
        Assert.Equal("office-1", report.ReviewedById);
        Assert.True(report.FreezesEntries);
    }

    [Fact]
    public void Submitted_to_returned_keeps_the_trimmed_reason_in_history()
    {
        var report = InState(UnitReportStatus.Submitted);

        report.Return(Office, "  Bổ sung ảnh lớp học  ");

        Assert.Equal(UnitReportStatus.Returned, report.Status);
        Assert.Equal("Bổ sung ảnh lớp học", report.ReturnReason);
        Assert.Equal("Bổ sung ảnh lớp học", report.History.Last().Reason);
        Assert.False(report.FreezesEntries);
        Assert.True(report.CanBeEditedByUnit);
    }

    [Fact]
    public void Approved_to_returned_through_reopen_with_a_reason()
    {
        var report = InState(UnitReportStatus.Approved);

        report.Reopen(Office, "Số liệu tập huấn cần đối chiếu lại");

        Assert.Equal(UnitReportStatus.Returned, report.Status);
        Assert.Equal("Số liệu tập huấn cần đối chiếu lại", report.ReturnReason);
        var step = report.History.Last();
        Assert.Equal((UnitReportStatus?)UnitReportStatus.Approved, step.FromStatus);
        Assert.Equal(UnitReportStatus.Returned, step.ToStatus);
    }

    [Theory]
    [InlineData(UnitReportStatus.Draft)]
    [InlineData(UnitReportStatus.Returned)]
    public void Narrative_can_be_edited_while_the_unit_holds_the_report(UnitReportStatus status)
    {
        var report = InState(status);

        report.UpdateNarrative("Nổi bật", "Khó khăn", "Đề xuất");

        Assert.Equal("Nổi bật", report.Highlights);
    }

    public static TheoryData<UnitReportStatus, string> Forbidden => new()
    {
        { UnitReportStatus.Draft, "approve" },
        { UnitReportStatus.Draft, "return" },
        { UnitReportStatus.Draft, "reopen" },
        { UnitReportStatus.Submitted, "submit" },
        { UnitReportStatus.Submitted, "reopen" },
        { UnitReportStatus.Submitted, "edit" },
        { UnitReportStatus.Returned, "approve" },
        { UnitReportStatus.Returned, "return" },
        { UnitReportStatus.Returned, "reopen" },
        { UnitReportStatus.Approved, "submit" },
        { UnitReportStatus.Approved, "approve" },
        { UnitReportStatus.Approved, "return" },
        { UnitReportStatus.Approved, "edit" },
    };

    [Theory]
    [MemberData(nameof(Forbidden))]
    public void Forbidden_moves_are_refused_and_change_nothing(UnitReportStatus status, string action)
    {
        var report = InState(status);
        var historyBefore = report.History.Count;

        var error = Assert.Throws<DomainRuleException>(() => Act(report, action, "Lý do"));

        Assert.False(string.IsNullOrWhiteSpace(error.Message));
        Assert.Equal(status, report.Status);
        Assert.Equal(historyBefore, report.History.Count);
    }

    [Theory]
    [InlineData(UnitReportStatus.Submitted, "return", "")]
    [InlineData(UnitReportStatus.Submitted, "return", "   ")]
    [InlineData(UnitReportStatus.Approved, "reopen", "")]
    [InlineData(UnitReportStatus.Approved, "reopen", " \t ")]
    public void Return_and_reopen_need_a_reason(UnitReportStatus status, string action, string reason)
    {
        var report = InState(status);

        var error = Assert.Throws<DomainRuleException>(() => Act(report, action, reason));

        Assert.Contains("lý do", error.Message, StringComparison.Ordinal);
        Assert.Equal(status, report.Status);
    }

    private static void Act(UnitReport report, string action, string reason)
    {
        switch (action)
        {
            case "submit": report.Submit(Staff); break;
            case "approve": report.Approve(Office); break;
            case "return": report.Return(Office, reason); break;
            case "reopen": report.Reopen(Office, reason); break;
            case "edit": report.UpdateNarrative("a", "b", "c"); break;
            default: throw new ArgumentOutOfRangeException(nameof(action));
        }
    }
}
