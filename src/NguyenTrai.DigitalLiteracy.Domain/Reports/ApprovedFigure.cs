namespace NguyenTrai.DigitalLiteracy.Domain.Reports;

/// <summary>
/// One figure of an approved unit report, frozen when the office approves it (e.g. key "training.participants",
/// value 42). Reopening the report removes its rows; approving again stores them anew. UnitId and ReportingMonth
/// repeat the report's so that period figures are summed from one indexed table without joins.
/// </summary>
public class ApprovedFigure
{
    public long Id { get; set; }
    public int UnitReportId { get; set; }
    public int UnitId { get; set; }

    /// <summary>yyyyMM of the report's monthly period.</summary>
    public int ReportingMonth { get; set; }

    public string Key { get; set; } = "";
    public long Value { get; set; }
}
