using NguyenTrai.DigitalLiteracy.Domain.Campaigns;
using NguyenTrai.DigitalLiteracy.Domain.Common;
using NguyenTrai.DigitalLiteracy.Domain.Periods;

namespace NguyenTrai.DigitalLiteracy.Domain.Consolidation;

/// <summary>
/// A consolidated report for a window, drafted by the office and issued with a number. Issued versions are
/// frozen: the PDF and the data snapshot are stored and never overwritten; issuing again adds a version.
/// </summary>
public class ConsolidatedReport : IConcurrencyVersioned
{
    public int Id { get; set; }
    public ReportAudience Audience { get; set; }
    public int? ReportingPeriodId { get; set; }
    public ReportingPeriod? ReportingPeriod { get; set; }
    public DateOnly WindowStart { get; set; }
    public DateOnly WindowEnd { get; set; }
    public string Subject { get; set; } = "";
    public ConsolidatedReportStatus Status { get; set; } = ConsolidatedReportStatus.Draft;
    // The five sections hold the office's own paragraphs only; the sentences with figures are generated from the
    // figures at every preview and at issue, so the text can never contradict the appendix.
    public string? SectionDirection { get; set; }
    public string? SectionResults { get; set; }
    /// <summary>III.1 "Ưu điểm": the office's own paragraphs.</summary>
    public string? SectionAssessment { get; set; }

    /// <summary>III.2 "Hạn chế, nguyên nhân": the office's own paragraphs.</summary>
    public string? SectionLimitations { get; set; }
    public string? SectionNextTasks { get; set; }
    public string? SectionProposals { get; set; }
    public string? Recipients { get; set; }
    public string? SignerName { get; set; }

    /// <summary>The figures the clerk last saw (flattened key/value JSON); null for drafts made before this existed.</summary>
    public string? FiguresSeenJson { get; set; }

    public DateTime? FiguresSeenAtUtc { get; set; }
    public DateTime CreatedAtUtc { get; set; }
    public string CreatedById { get; set; } = "";
    public DateTime? UpdatedAtUtc { get; set; }
    public byte[] RowVersion { get; set; } = [];
    public ICollection<IssuedReport> Issues { get; set; } = [];

    /// <summary>The movements the report is restricted to (e.g. the 10/10 campaign); empty means every entry counts.</summary>
    public ICollection<Campaign> Campaigns { get; set; } = [];

    public void RequireDraft()
    {
        if (Status != ConsolidatedReportStatus.Draft)
        {
            throw new DomainRuleException("Báo cáo đã ban hành, không thể sửa. Hãy tạo phiên bản mới.");
        }
    }
}
