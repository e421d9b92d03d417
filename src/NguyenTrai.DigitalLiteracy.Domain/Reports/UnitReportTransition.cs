namespace NguyenTrai.DigitalLiteracy.Domain.Reports;

/// <summary>One step of a unit report's history: who moved it, when, from where to where, and why.</summary>
public class UnitReportTransition
{
    public int Id { get; set; }
    public int UnitReportId { get; set; }
    public UnitReportStatus? FromStatus { get; set; }
    public UnitReportStatus ToStatus { get; set; }
    public DateTime AtUtc { get; set; }
    public string ByUserId { get; set; } = "";
    public string ByName { get; set; } = "";
    public string? Reason { get; set; }
}
