using System.ComponentModel.DataAnnotations;
using NguyenTrai.DigitalLiteracy.Data;
using NguyenTrai.DigitalLiteracy.Reporting.Rules;
using NguyenTrai.DigitalLiteracy.Domain.Reports;
using NguyenTrai.DigitalLiteracy.Web.Features.UnitReports;

namespace NguyenTrai.DigitalLiteracy.Web.Features.Review;

public sealed record ListOption(int Id, string Name);

public sealed record QueueRow(int ReportId, string UnitName, string PeriodName, DateOnly Deadline, UnitReportStatus Status, ReportTiming Timing, DateTime? SubmittedAtUtc);

public sealed record QueueModel(
    IReadOnlyList<QueueRow> Rows, int Page, int PageCount, int Total,
    int? PeriodId, string Status, int? UnitId, IReadOnlyList<ListOption> Periods, IReadOnlyList<ListOption> Units);

public sealed class ReturnForm
{
    [Required, StringLength(FieldLengths.Text)]
    [Display(Name = "lý do trả lại")]
    public string? Reason { get; set; }

    public string? RowVersion { get; set; }
}

public sealed class ReopenForm
{
    [Required, StringLength(FieldLengths.Text)]
    [Display(Name = "lý do mở lại")]
    public string? Reason { get; set; }

    public string? RowVersion { get; set; }
}

public sealed record ReviewPage(
    int ReportId, string UnitName, PeriodInfo Period, UnitReportStatus Status, ReportTiming Timing, DateTime? SubmittedAtUtc,
    string? ReturnReason, string RowVersion, NarrativeForm Narrative, ReportContents Contents, ChangesSinceReturn? ChangesSinceReturn = null)
{
    public ReturnForm Return { get; init; } = new() { RowVersion = RowVersion };

    public ReopenForm Reopen { get; init; } = new() { RowVersion = RowVersion };
}
