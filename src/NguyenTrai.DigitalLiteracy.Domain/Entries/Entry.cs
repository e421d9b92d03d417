using NguyenTrai.DigitalLiteracy.Domain.Campaigns;
using NguyenTrai.DigitalLiteracy.Domain.Common;
using NguyenTrai.DigitalLiteracy.Domain.Evidence;
using NguyenTrai.DigitalLiteracy.Domain.Periods;
using NguyenTrai.DigitalLiteracy.Domain.Units;

namespace NguyenTrai.DigitalLiteracy.Domain.Entries;

/// <summary>
/// What a unit records: the common part of the four entry types. An entry belongs to the periods whose
/// windows contain its <see cref="Date"/>; <see cref="ReportingMonth"/> caches the Decree 09 month for trends.
/// </summary>
public abstract class Entry : IConcurrencyVersioned, IUnitOwned
{
    private DateOnly date;

    public int Id { get; set; }
    public abstract EntryType Type { get; }
    public int UnitId { get; set; }
    public Unit? Unit { get; set; }
    public string Title { get; set; } = "";

    public DateOnly Date
    {
        get => date;
        set
        {
            date = value;
            ReportingMonth = Decree09Calendar.ReportingMonthOf(value);
        }
    }

    /// <summary>yyyyMM of the Decree 09 reporting month containing <see cref="Date"/>.</summary>
    public int ReportingMonth { get; private set; }

    public ICollection<Campaign> Campaigns { get; set; } = [];
    public ICollection<Attachment> Attachments { get; set; } = [];
    public DateTime CreatedAtUtc { get; set; }
    public string CreatedById { get; set; } = "";
    public DateTime? UpdatedAtUtc { get; set; }
    public string? UpdatedById { get; set; }
    public bool IsDeleted { get; set; }
    public DateTime? DeletedAtUtc { get; set; }
    public string? DeletedById { get; set; }
    public byte[] RowVersion { get; set; } = [];

    /// <summary>Checks across fields that attributes cannot express; returns (property, Vietnamese message) pairs.</summary>
    public virtual IEnumerable<(string Property, string Message)> Validate() => [];

    public void SoftDelete(string userId, DateTime nowUtc)
    {
        IsDeleted = true;
        DeletedAtUtc = nowUtc;
        DeletedById = userId;
    }
}
