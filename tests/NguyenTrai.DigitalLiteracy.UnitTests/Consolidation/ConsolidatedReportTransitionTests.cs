using NguyenTrai.DigitalLiteracy.Domain.Common;
using NguyenTrai.DigitalLiteracy.Domain.Consolidation;
using NguyenTrai.DigitalLiteracy.Domain.Reports;

namespace NguyenTrai.DigitalLiteracy.UnitTests.Consolidation;

/// <summary>
/// The consolidated report's life: a report to the committee is the office's own (Draft → Issued); a report to the
/// city is signed in the committee's name (Draft → AwaitingApproval → Approved → Issued, return and withdraw back to
/// Draft). Every allowed move and every refused one.
/// </summary>
public sealed class ConsolidatedReportTransitionTests
{
    private static readonly DateTime T0 = new(2026, 12, 16, 2, 0, 0, DateTimeKind.Utc);
    private static readonly ReportActor Clerk = new("office-1", "Trần Thị Hoa", T0);
    private static readonly ReportActor Leader = new("leader-1", "Lê Văn Khoa", T0.AddHours(2));
    private const string Figures = "f1";

    private static ConsolidatedReport City(ConsolidatedReportStatus status)
    {
        var report = new ConsolidatedReport { Audience = ReportAudience.City };
        if (status == ConsolidatedReportStatus.Draft)
        {
            return report;
        }

        report.SendToLeadership(Clerk);
        if (status == ConsolidatedReportStatus.AwaitingApproval)
        {
            return report;
        }

        report.Approve(Leader, Figures);
        if (status == ConsolidatedReportStatus.Approved)
        {
            return report;
        }

        report.Issue(Clerk, Figures);
        return report;
    }

    private static ConsolidatedReport Ward(ConsolidatedReportStatus status)
    {
        var report = new ConsolidatedReport { Audience = ReportAudience.Ward };
        if (status == ConsolidatedReportStatus.Issued)
        {
            report.Issue(Clerk, Figures);
        }

        return report;
    }

    private static void Refused(Action move, string expected)
    {
        var refusal = Assert.Throws<DomainRuleException>(move);
        Assert.Contains(expected, refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Ward_report_is_issued_by_the_office_from_draft()
    {
        var report = Ward(ConsolidatedReportStatus.Draft);

        report.Issue(Clerk, Figures);

        Assert.Equal(ConsolidatedReportStatus.Issued, report.Status);
        Assert.False(report.NeedsLeadershipApproval);
        Assert.Null(report.SentAtUtc);
    }

    [Fact]
    public void Ward_report_is_never_sent_to_leadership()
    {
        Refused(() => Ward(ConsolidatedReportStatus.Draft).SendToLeadership(Clerk), "không cần trình lãnh đạo");
        Refused(() => Ward(ConsolidatedReportStatus.Issued).SendToLeadership(Clerk), "không cần trình lãnh đạo");
    }

    [Fact]
    public void Issued_ward_report_cannot_be_issued_or_edited_again_until_a_new_version()
    {
        var report = Ward(ConsolidatedReportStatus.Issued);

        Refused(() => report.Issue(Clerk, Figures), "đã ban hành");
        Refused(report.RequireDraft, "đã ban hành");

        report.StartNewVersion(Clerk);
        Assert.Equal(ConsolidatedReportStatus.Draft, report.Status);
        report.RequireDraft();
    }

    [Fact]
    public void City_draft_cannot_be_issued_by_the_office_alone()
    {
        var report = City(ConsolidatedReportStatus.Draft);

        Refused(() => report.Issue(Clerk, Figures), "phải được lãnh đạo duyệt trước khi ban hành");
        Assert.Equal(ConsolidatedReportStatus.Draft, report.Status);
    }

    [Fact]
    public void City_draft_sent_to_leadership_waits_and_is_locked()
    {
        var report = City(ConsolidatedReportStatus.Draft);

        report.SendToLeadership(Clerk);

        Assert.Equal(ConsolidatedReportStatus.AwaitingApproval, report.Status);
        Assert.Equal(T0, report.SentAtUtc);
        Assert.Equal("office-1", report.SentById);
        Assert.True(report.IsVisibleToLeadership);
        Refused(report.RequireDraft, "chờ lãnh đạo duyệt");
        Refused(() => report.Issue(Clerk, Figures), "phải được lãnh đạo duyệt");
        Refused(() => report.SendToLeadership(Clerk), "Chỉ dự thảo mới được trình");
    }

    [Fact]
    public void Leadership_returns_with_a_comment_to_draft()
    {
        var report = City(ConsolidatedReportStatus.AwaitingApproval);

        report.ReturnToOffice(Leader, "  Bổ sung số liệu của các thôn.  ");

        Assert.Equal(ConsolidatedReportStatus.Draft, report.Status);
        Assert.Equal("Bổ sung số liệu của các thôn.", report.LeadershipComment);
        Assert.Equal("Lê Văn Khoa", report.ReviewedByName);
        Assert.Equal(Leader.AtUtc, report.ReviewedAtUtc);
        Assert.True(report.IsVisibleToLeadership); // it was sent: leadership still sees what it returned
        report.RequireDraft();
    }

    [Fact]
    public void Returning_needs_a_comment()
    {
        var report = City(ConsolidatedReportStatus.AwaitingApproval);

        Refused(() => report.ReturnToOffice(Leader, "   "), "ghi ý kiến");
        Assert.Equal(ConsolidatedReportStatus.AwaitingApproval, report.Status);
    }

    [Fact]
    public void Sending_again_clears_the_previous_comment()
    {
        var report = City(ConsolidatedReportStatus.AwaitingApproval);
        report.ReturnToOffice(Leader, "Sửa phần kiến nghị.");

        report.SendToLeadership(Clerk with { AtUtc = T0.AddDays(1) });

        Assert.Null(report.LeadershipComment);
        Assert.Equal(T0.AddDays(1), report.SentAtUtc);
    }

    [Fact]
    public void Leadership_approves_and_the_office_issues_with_the_approved_figures()
    {
        var report = City(ConsolidatedReportStatus.AwaitingApproval);

        report.Approve(Leader, Figures);
        Assert.Equal(ConsolidatedReportStatus.Approved, report.Status);
        Assert.Equal(Figures, report.ApprovedFigures);
        Assert.True(report.MayIssueInitiativeCompilation);
        Refused(report.RequireDraft, "đã được lãnh đạo duyệt");

        report.Issue(Clerk, Figures);
        Assert.Equal(ConsolidatedReportStatus.Issued, report.Status);
        Assert.True(report.MayIssueInitiativeCompilation);
    }

    [Fact]
    public void Approved_report_whose_figures_moved_cannot_be_issued()
    {
        var report = City(ConsolidatedReportStatus.Approved);

        Refused(() => report.Issue(Clerk, "f2"), "Số liệu đã thay đổi sau khi lãnh đạo duyệt");
        Assert.Equal(ConsolidatedReportStatus.Approved, report.Status);
    }

    [Theory]
    [InlineData(ConsolidatedReportStatus.Draft)]
    [InlineData(ConsolidatedReportStatus.Approved)]
    [InlineData(ConsolidatedReportStatus.Issued)]
    public void Only_a_report_awaiting_approval_is_approved_or_returned(ConsolidatedReportStatus status)
    {
        Refused(() => City(status).Approve(Leader, Figures), "Chỉ báo cáo đang chờ duyệt mới được duyệt");
        Refused(() => City(status).ReturnToOffice(Leader, "Ý kiến"), "Chỉ báo cáo đang chờ duyệt mới được trả lại");
    }

    [Theory]
    [InlineData(ConsolidatedReportStatus.AwaitingApproval)]
    [InlineData(ConsolidatedReportStatus.Approved)]
    public void Office_withdraws_a_sent_or_approved_report_and_loses_the_approval(ConsolidatedReportStatus status)
    {
        var report = City(status);

        report.Withdraw(Clerk);

        Assert.Equal(ConsolidatedReportStatus.Draft, report.Status);
        Assert.Null(report.ApprovedFigures);
        Assert.False(report.MayIssueInitiativeCompilation);
        Refused(() => report.Issue(Clerk, Figures), "phải được lãnh đạo duyệt");
    }

    [Theory]
    [InlineData(ConsolidatedReportStatus.Draft)]
    [InlineData(ConsolidatedReportStatus.Issued)]
    public void Drafts_and_issued_reports_cannot_be_withdrawn(ConsolidatedReportStatus status) =>
        Refused(() => City(status).Withdraw(Clerk), "rút lại");

    [Fact]
    public void Issued_city_report_refuses_a_second_issue_and_its_new_version_needs_approval_again()
    {
        var report = City(ConsolidatedReportStatus.Issued);
        Refused(() => report.Issue(Clerk, Figures), "đã ban hành");

        report.StartNewVersion(Clerk);

        Assert.Equal(ConsolidatedReportStatus.Draft, report.Status);
        Assert.Null(report.SentAtUtc);
        Assert.Null(report.ApprovedFigures);
        Assert.False(report.IsVisibleToLeadership);
        Refused(() => report.Issue(Clerk, Figures), "phải được lãnh đạo duyệt");
    }

    [Theory]
    [InlineData(ConsolidatedReportStatus.Draft)]
    [InlineData(ConsolidatedReportStatus.AwaitingApproval)]
    [InlineData(ConsolidatedReportStatus.Approved)]
    public void Only_an_issued_report_starts_a_new_version(ConsolidatedReportStatus status) =>
        Refused(() => City(status).StartNewVersion(Clerk), "Chỉ báo cáo đã ban hành");

    [Fact]
    public void Unsent_drafts_stay_private_to_the_office()
    {
        Assert.False(City(ConsolidatedReportStatus.Draft).IsVisibleToLeadership);
        Assert.False(Ward(ConsolidatedReportStatus.Draft).IsVisibleToLeadership);
        Assert.True(Ward(ConsolidatedReportStatus.Issued).IsVisibleToLeadership);
    }

    [Fact]
    public void The_initiative_compilation_waits_for_leadership_and_never_goes_with_a_ward_report()
    {
        Assert.False(City(ConsolidatedReportStatus.Draft).MayIssueInitiativeCompilation);
        Assert.False(City(ConsolidatedReportStatus.AwaitingApproval).MayIssueInitiativeCompilation);
        Assert.False(Ward(ConsolidatedReportStatus.Issued).MayIssueInitiativeCompilation);
    }
}
