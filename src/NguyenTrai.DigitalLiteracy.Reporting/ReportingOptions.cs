namespace NguyenTrai.DigitalLiteracy.Reporting;

/// <summary>Settings of the reporting rules (section "Reporting" of the configuration).</summary>
public sealed class ReportingOptions
{
    public const string Section = "Reporting";

    /// <summary>How many days before a period's window ends units may send their report.</summary>
    public int SubmissionOpensDaysBeforeEnd { get; set; } = 3;
}
