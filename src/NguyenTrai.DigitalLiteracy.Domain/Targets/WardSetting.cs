using NguyenTrai.DigitalLiteracy.Domain.Common;

namespace NguyenTrai.DigitalLiteracy.Domain.Targets;

/// <summary>Ward-level figures the office maintains, such as the adult population used for "% of adults trained".</summary>
public class WardSetting : IConcurrencyVersioned
{
    public const string AdultPopulation = "AdultPopulation";

    public string Key { get; set; } = "";
    public string Value { get; set; } = "";
    public byte[] RowVersion { get; set; } = [];
}
