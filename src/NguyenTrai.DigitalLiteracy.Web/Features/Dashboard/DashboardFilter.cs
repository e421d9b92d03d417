using System.ComponentModel.DataAnnotations;
using NguyenTrai.DigitalLiteracy.Domain.Periods;
using NguyenTrai.DigitalLiteracy.Domain.Units;
using NguyenTrai.DigitalLiteracy.Reporting.Figures;
using NguyenTrai.DigitalLiteracy.Reporting.Rules;

namespace NguyenTrai.DigitalLiteracy.Web.Features.Dashboard;

/// <summary>The dashboard's query string; the same parameters drive the page and its Excel export.</summary>
public sealed class DashboardFilter
{
    [Display(Name = "Kỳ báo cáo")]
    public int? PeriodId { get; set; }

    [Display(Name = "Phong trào")]
    public int? CampaignId { get; set; }

    [Display(Name = "Loại đơn vị")]
    public UnitKind? UnitKind { get; set; }

    [Display(Name = "Đơn vị")]
    public int? UnitId { get; set; }

    /// <summary>Off by default: official figures count approved reports only.</summary>
    [Display(Name = "Tính cả báo cáo đã gửi nhưng chưa được phê duyệt")]
    public bool IncludeSubmitted { get; set; }

    /// <summary>The chosen period, or the current reporting year's annual (year-to-date) period.</summary>
    public PeriodInfo ResolvePeriod(ReportingReference reference, DateOnly today)
    {
        var chosen = reference.Periods.FirstOrDefault(p => p.Id == PeriodId);
        if (chosen is not null)
        {
            return chosen;
        }

        var year = Decree09Calendar.ReportingYearOf(today);
        return reference.AnnualOf(year) ?? (reference.Periods.Count > 0 ? reference.Periods[0] : null)
            ?? throw new InvalidOperationException("Chưa có kỳ báo cáo nào.");
    }

    public FiguresScope ToScope(PeriodInfo period) =>
        new(period.Window, UnitId, UnitKind, CampaignId is { } c ? [c] : null, IncludeSubmitted);
}
