using System.ComponentModel.DataAnnotations;

namespace NguyenTrai.DigitalLiteracy.Domain.Entries;

public enum IntegrationTarget
{
    [Display(Name = "Kế hoạch phát triển kinh tế - xã hội")] SocioEconomicPlan = 1,
    [Display(Name = "Cuộc vận động của Mặt trận Tổ quốc")] FatherlandFrontCampaign = 2,
    [Display(Name = "Hoạt động của tổ chức chính trị - xã hội")] MassOrganisationActivity = 3,
    [Display(Name = "Khác")] Other = 4,
}

/// <summary>Digital-learning content built into a plan, campaign or mass-organisation activity.</summary>
public class IntegrationActivity : Entry
{
    public override EntryType Type => EntryType.Integration;
    public IntegrationTarget Target { get; set; }

    /// <summary>Name of the plan or campaign, e.g. "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh".</summary>
    public string PlanName { get; set; } = "";

    public string OrganisingBody { get; set; } = "";
    public string Content { get; set; } = "";
    public int? Reach { get; set; }

    public override IEnumerable<EntryMeasure> Measures() => [new("Số người tiếp cận", Reach ?? 0, EntryLimits.UsualReach)];

    protected override IEnumerable<(string Property, string Message)> ValidateFields()
    {
        if (OutOfLimit(Reach, EntryLimits.Reach, "Số người tiếp cận", " người cho một hoạt động") is { } reach)
        {
            yield return (nameof(Reach), reach);
        }
    }
}
