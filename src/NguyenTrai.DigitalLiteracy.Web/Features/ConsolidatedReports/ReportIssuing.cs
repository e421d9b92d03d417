using System.Globalization;
using NguyenTrai.DigitalLiteracy.Domain.Reports;
using NguyenTrai.DigitalLiteracy.Domain.Common;
using NguyenTrai.DigitalLiteracy.Domain.Consolidation;
using NguyenTrai.DigitalLiteracy.Reporting.Documents;
using NguyenTrai.DigitalLiteracy.Reporting.Workflow;
using NguyenTrai.DigitalLiteracy.Web.Infrastructure;

namespace NguyenTrai.DigitalLiteracy.Web.Features.ConsolidatedReports;

/// <summary>What a step of the report's life told the clerk: shown as the green or the red message.</summary>
public sealed record StepOutcome(bool Succeeded, string Message)
{
    public static StepOutcome Done(string message) => new(true, message);

    public static StepOutcome Refused(string message) => new(false, message);
}

/// <summary>
/// Issuing from the pages: reads the register number the clerk typed, asks the Reporting module to issue (which
/// numbers, freezes, signs and stores) and turns its refusals into the message the clerk sees.
/// </summary>
public sealed class ReportIssuing(DocumentIssuer issuer, IConfiguration configuration)
{
    public Task<StepOutcome> IssueReportAsync(ConsolidatedReport report, ReportFigures figures, string? registerNumber, HttpRequest request, ReportActor actor) =>
        AttemptAsync(async () =>
        {
            var issued = await issuer.IssueReportAsync(report, figures, Request(registerNumber, request, actor));
            return $"Đã ban hành báo cáo số {issued.Number} (phiên bản {issued.Version}){(issued.SignedWith is null ? ", không có chữ ký số" : ", đã ký số")}.";
        });

    public Task<StepOutcome> IssueCompilationAsync(ConsolidatedReport report, string? registerNumber, HttpRequest request, ReportActor actor) =>
        AttemptAsync(async () =>
        {
            var issued = await issuer.IssueInitiativeCompilationAsync(report, Request(registerNumber, request, actor));
            return $"Đã ban hành bản tổng hợp sáng kiến số {issued.Number} (phiên bản {issued.Version}).";
        });

    /// <summary>Runs a step; a rule it breaks becomes the red message instead of an error page.</summary>
    public static async Task<StepOutcome> AttemptAsync(Func<Task<string>> step)
    {
        try
        {
            return StepOutcome.Done(await step());
        }
        catch (DomainRuleException ex)
        {
            return StepOutcome.Refused(ex.Message);
        }
    }

    private IssueRequest Request(string? registerNumber, HttpRequest request, ReportActor actor) =>
        new(ParseNumber(registerNumber), PublicUrls.BaseUrl(request, configuration), actor);

    /// <summary>Empty takes the next free number; anything else must be a whole number.</summary>
    private static int? ParseNumber(string? text) => string.IsNullOrWhiteSpace(text)
        ? null
        : int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var n)
            ? n
            : throw new DomainRuleException("Số văn bản phải là số nguyên (ví dụ 12); để trống để lấy số kế tiếp.");
}
