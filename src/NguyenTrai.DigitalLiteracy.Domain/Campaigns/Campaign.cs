using NguyenTrai.DigitalLiteracy.Domain.Common;

namespace NguyenTrai.DigitalLiteracy.Domain.Campaigns;

/// <summary>A movement the entries serve, e.g. "Bình dân học vụ số".</summary>
public class Campaign : IConcurrencyVersioned
{
    public int Id { get; set; }
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    public string? Description { get; set; }
    public bool IsActive { get; set; } = true;
    public int SortOrder { get; set; }
    public byte[] RowVersion { get; set; } = [];
}
